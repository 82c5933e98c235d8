import Foundation
import Testing
@testable import ArchiveIndex

/// The names a name is compared with: those sharing at least half the distinct character pairs
/// of the shorter of the two, found without counting every name that shares a common pair.
@Suite struct PairIndexTests {
    /// Against counting every shared pair of every string, over names of a few common words and
    /// rarer characters (as an archive's: 医院 and 检验 in most of them), of 1 to 14 characters.
    @Test func sharingHalfFindsWhatCountingEveryPairFinds() {
        var random = SystemRandomNumberGenerator()
        let common = Array("人民医院检验科第一中心"), rare = Array("长沙岳阳柳溪鼓楼东华广济仁爱恒通澜铂启晖")
        func name() -> String {
            String((0..<Int.random(in: 1...14, using: &random)).map { _ in
                Bool.random(using: &random) ? common.randomElement(using: &random)! : rare.randomElement(using: &random)!
            })
        }
        let strings = (0..<600).map { _ in name() } + ["", "医", "医院", "院检"]
        var index = PairIndex()
        for (i, s) in strings.enumerated() { index.add(PairIndex.pairs(s), as: i) }
        index.seal()
        for query in (0..<300).map({ _ in name() }) + ["医", "医院", "人民医院检验科", ""] {
            let q = Set(PairIndex.pairs(query))
            var expected: [Int: Int] = [:]
            for (i, s) in strings.enumerated() {
                let set = Set(PairIndex.pairs(s)), n = set.intersection(q).count
                if n > 0, n * 2 >= min(q.count, set.count) { expected[i] = n }
            }
            #expect(index.sharingHalf(PairIndex.pairs(query)) == expected, "\(query)")
        }
    }
}
