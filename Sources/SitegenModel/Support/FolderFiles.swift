import Foundation

/// The regular files under a folder, by path relative to it, sorted.
public enum FolderFiles {
    /// `hidden`: whether files and folders whose names start with `.` count.
    public static func regular(in directory: URL, hidden: Bool) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if !hidden, (path as NSString).lastPathComponent.hasPrefix(".") {
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular { files.append(path) }
        }
        return files.sorted()
    }
}
