import ArchiveFuzz
import Foundation

// Built two ways (tools/fuzz/run.sh):
//  - with -sanitize=fuzzer -DFUZZING: libFuzzer drives LLVMFuzzerTestOneInput below, for the
//    target named by KB_FUZZ_TARGET (text, csv, docx, article, tiff);
//  - plainly: `kb-fuzz TARGET FILE…` runs each file once (to replay a finding).

let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["KB_FUZZ_TARGET"] ?? (CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "")
    guard let t = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("kb-fuzz: say the target (KB_FUZZ_TARGET or the first argument): \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return t
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

#if !FUZZING
for path in CommandLine.arguments.dropFirst(2) {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("kb-fuzz: cannot read \(path)\n".utf8))
        exit(1)
    }
    let start = Date()
    target.run([UInt8](data))
    print(String(format: "%@: %.3f s", path, Date().timeIntervalSince(start)))
}
#endif
