import SitegenModel
/// Counts words in text: runs of letters or digits, as a reader would.
enum WordCounter {
    static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordCharacter: Bool
            if scalar.isASCII {
                let v = scalar.value
                isWordCharacter = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
            } else {
                isWordCharacter = scalar.properties.isAlphabetic
            }
            if isWordCharacter && !inWord { count += 1 }
            inWord = isWordCharacter || (inWord && (scalar == "'" || scalar == "\u{2019}" || scalar == "-"))
        }
        return count
    }
}
