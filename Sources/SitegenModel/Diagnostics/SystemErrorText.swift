import Foundation

/// The text of a system error as a person reads it: `No space left on device`, not
/// `Error Domain=NSPOSIXErrorDomain Code=28 "…"` nor "The operation could not be completed".
public enum SystemErrorText {
    public static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let bridged = error as NSError
        if bridged.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(bridged.code))) }
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        // Foundation reports some system errors only as its own codes, without the POSIX one.
        if let cocoa = error as? CocoaError, let code = Self.posixCodes[cocoa.code] {
            return String(cString: strerror(code))
        }
        return bridged.localizedDescription
    }

    private static let posixCodes: [CocoaError.Code: Int32] = [
        .fileReadNoPermission: EACCES, .fileWriteNoPermission: EACCES, .fileReadNoSuchFile: ENOENT,
        .fileNoSuchFile: ENOENT, .fileWriteOutOfSpace: ENOSPC, .fileWriteVolumeReadOnly: EROFS,
    ]
}
