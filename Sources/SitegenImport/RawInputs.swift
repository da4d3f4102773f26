import Foundation

/// The raw files named on the command line: files as given, folders as their `*.txt` files in name order.
public enum RawInputs {
    public struct Input: Sendable, Equatable {
        public var url: URL
        /// The path as the user wrote it, or the folder's path joined with the file's name.
        public var displayName: String
    }

    /// The files to import, and a message for each path that does not exist or holds no `*.txt` file.
    public static func expand(_ paths: [String]) -> (inputs: [Input], problems: [String]) {
        var inputs: [Input] = []
        var problems: [String] = []
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append("\(path): no such file or folder")
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(Input(url: url, displayName: path))
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
                .sorted()
            if names.isEmpty { problems.append("\(path): the folder holds no .txt file to import") }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            inputs.append(contentsOf: names.map { Input(url: url.appendingPathComponent($0), displayName: prefix + $0) })
        }
        return (inputs, problems)
    }
}
