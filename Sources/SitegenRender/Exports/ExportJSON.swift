import Foundation

/// How every export is written: keys sorted (the same content gives the same bytes), slashes
/// unescaped, one final newline.
enum ExportJSON {
    static func encode(_ value: some Encodable, snakeCaseKeys: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return ((try? encoder.encode(value)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
