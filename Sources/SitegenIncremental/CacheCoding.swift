import SitegenModel

/// Reads or writes one value of the build cache. A type says once, in `code(_:)`, which fields
/// the cache keeps and in which order; the same lines write it (`BinaryWriter`) and read it back
/// (`BinaryReader`), so a new field is one line, and the two directions cannot drift apart.
protocol CacheCoder {
    /// Whether fields are being read (and so replaced) rather than written.
    var isReading: Bool { get }
    mutating func code(_ value: inout Int) throws
    mutating func code(_ value: inout Bool) throws
    mutating func code(_ value: inout String) throws
    /// A count of things that follow: checked against what is left when reading.
    mutating func codeCount(_ value: inout Int) throws
}

/// A value the build cache keeps, field by field, in one definition for both directions.
protocol CacheCodable {
    /// The empty value that reading fills in.
    init()
    mutating func code<Coder: CacheCoder>(_ coder: inout Coder) throws
}

extension CacheCoder {
    mutating func code(_ value: inout String?) throws {
        var present = value != nil
        try code(&present)
        guard present else { value = nil; return }
        var text = value ?? ""
        try code(&text)
        value = text
    }

    /// A line number, where 0 stands for none.
    mutating func code(line value: inout Int?) throws {
        var line = value ?? 0
        try code(&line)
        value = line == 0 ? nil : line
    }

    /// A date as its parts, so that reading it back parses no text.
    mutating func code(_ value: inout ContentDate) throws {
        var year = value.year, month = value.month, day = value.day, time = value.time, zone = value.zone
        try code(&year)
        try code(&month)
        try code(&day)
        try code(&time)
        try code(&zone)
        guard isReading else { return }
        guard let date = ContentDate(year: year, month: month, day: day, time: time, zone: zone) else { throw BinaryReader.Corrupt() }
        value = date
    }

    mutating func code(_ values: inout [String]) throws {
        var count = values.count
        try codeCount(&count)
        guard isReading else {
            // Through copies: writing in place would copy every array the cache shares with the model.
            for value in values { var copy = value; try code(&copy) }
            return
        }
        values = Array(repeating: "", count: count)
        for index in 0..<count { try code(&values[index]) }
    }

    /// Hashes, as the bits of an `Int` each.
    mutating func code(_ values: inout [UInt64]) throws {
        var count = values.count
        try codeCount(&count)
        guard isReading else {
            for value in values { var bits = Int(truncatingIfNeeded: value); try code(&bits) }
            return
        }
        values = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            var bits = 0
            try code(&bits)
            values.append(UInt64(truncatingIfNeeded: bits))
        }
    }

    mutating func code<Value: CacheCodable>(_ values: inout [Value]) throws {
        var count = values.count
        try codeCount(&count)
        guard isReading else {
            for value in values { var copy = value; try copy.code(&self) }
            return
        }
        values = Array(repeating: Value(), count: count)
        for index in 0..<count { try values[index].code(&self) }
    }

    /// A dictionary as its keys, then its values, in key order.
    mutating func code(_ value: inout [String: String]) throws {
        let sorted = value.sorted { $0.key < $1.key }
        var keys = sorted.map(\.key), values = sorted.map(\.value)
        try code(&keys)
        try code(&values)
        guard isReading else { return }
        guard keys.count == values.count, Set(keys).count == keys.count else { throw BinaryReader.Corrupt() }
        value = Dictionary(uniqueKeysWithValues: zip(keys, values))
    }
}

extension BinaryWriter: CacheCoder {
    var isReading: Bool { false }
    mutating func code(_ value: inout Int) throws { try int(value) }
    mutating func code(_ value: inout Bool) throws { try bool(value) }
    mutating func code(_ value: inout String) throws { try string(value) }
    mutating func codeCount(_ value: inout Int) throws { try int(value) }
}

extension BinaryReader: CacheCoder {
    var isReading: Bool { true }
    mutating func code(_ value: inout Int) throws { value = try int() }
    mutating func code(_ value: inout Bool) throws { value = try bool() }
    mutating func code(_ value: inout String) throws { value = try string() }
    mutating func codeCount(_ value: inout Int) throws { value = try count() }
}
