import OpsModel
import Testing

/// `BackupSet.shortLabel` reads bytes; it must give what splitting by characters gave.
@Suite struct BackupShortLabelTests {
    @Test(arguments: [
        "20261122-104903F_20261122-104910D", "20261122-104903F", "a_b_c", "a_", "_a", "_", "__", "",
        "a__b", "ü_b", "a_\u{301}b", "x_y_", "F_D_I",
    ])
    func labelsShortenAsWhenSplitByCharacters(label: String) {
        let reference = label.split(separator: "_").last.map(String.init) ?? label
        #expect(BackupSet.shortLabel(label) == reference, "\(label.debugDescription)")
    }
}
