import ArchiveFuzz
import Foundation

// Built two ways (tools/fuzz/run.sh):
//  - with -sanitize=fuzzer -DFUZZING: libFuzzer (LLVMFuzzerRunDriver) drives fuzzOne below,
//    for the target named by KB_FUZZ_TARGET (text, csv, docx, article, tiff);
//  - plainly: `kb-fuzz TARGET FILE…` runs each file once (to replay a finding).

@main enum KBFuzz {
    static func main() {
        #if FUZZING
        guard let name = ProcessInfo.processInfo.environment["KB_FUZZ_TARGET"], let t = FuzzTarget(rawValue: name) else {
            usage("set KB_FUZZ_TARGET")
        }
        target = t
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
        #else
        let args = CommandLine.arguments
        guard args.count > 2, let target = FuzzTarget(rawValue: args[1]) else { usage("usage: kb-fuzz TARGET FILE…") }
        for path in args.dropFirst(2) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("kb-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            let start = Date()
            target.run([UInt8](data))
            print(String(format: "%@: %.3f s", path, Date().timeIntervalSince(start)))
        }
        #endif
    }

    static func usage(_ what: String) -> Never {
        FileHandle.standardError.write(Data("kb-fuzz: \(what) (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))\n".utf8))
        exit(2)
    }
}

nonisolated(unsafe) var target = FuzzTarget.text

/// One input, as libFuzzer hands it over.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif
