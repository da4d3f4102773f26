/// Counts words in text: runs of letters or digits, as a reader would.
enum WordCounter {
    static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordCharacter && !inWord { count += 1 }
            inWord = isWordCharacter || (inWord && (scalar == "'" || scalar == "\u{2019}" || scalar == "-"))
        }
        return count
    }
}
