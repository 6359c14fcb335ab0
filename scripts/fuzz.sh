#!/usr/bin/env bash
# make fuzz: libFuzzer + AddressSanitizer on every reader of ForankraKit.
#
# The library is compiled once (swiftc -sanitize=fuzzer,address -enable-testing, so a target
# reaches internal readers with @testable import) into .build/fuzz/lib, and again only when a
# file in Sources/ForankraKit changed. Each Fuzz/targets/NAME.swift is then linked with
# Fuzz/FuzzSupport.swift into .build/fuzz/bin/NAME. A new target is one file there: a
# LLVMFuzzerTestOneInput that hands the bytes to a reader (see Fuzz/README.md).
#
# Every target runs FUZZ_SECONDS (60), one after the other (the machine has 2 cores and is
# shared), from its seeds in Fuzz/corpus/NAME plus what earlier runs found in
# .build/fuzz/corpus/NAME, with Fuzz/dict/NAME.dict as libFuzzer's dictionary when there is one.
# Crashes, leaks and timeouts are written to .build/fuzz/crashes/NAME/.
# The exit status is 1 when any target failed, 2 when the build failed.
#
# Environment: FUZZ_SECONDS (60), FUZZ_TARGETS (all; e.g. "csv markdown"), FUZZ_TIMEOUT (10,
# seconds for one input), FUZZ_RSS_MB (2048), FUZZ_ARGS (more libFuzzer flags), SWIFTC.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
SWIFTC=${SWIFTC:-swiftc}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TIMEOUT=${FUZZ_TIMEOUT:-10}
RSS_MB=${FUZZ_RSS_MB:-2048}
OUT=.build/fuzz
LIB=$OUT/lib
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g)

ALL=$(cd Fuzz/targets && ls *.swift | sed 's/\.swift$//' | tr '\n' ' ')
TARGETS=${FUZZ_TARGETS:-$ALL}
for name in $TARGETS; do
    [ -f "Fuzz/targets/$name.swift" ] || { echo "fuzz: no target '$name' (targets: $ALL)" >&2; exit 2; }
done

# The linker warns once per ASan helper it cannot export; that says nothing about our code.
quiet() { grep -v "Cannot export local symbol '__asan" >&2 || true; }

# --- the library, instrumented, rebuilt when a source file is newer or one was added/removed.
mkdir -p "$LIB" "$OUT/bin"
sources=$(find Sources/ForankraKit -name '*.swift' | LC_ALL=C sort)
listing=$(echo "$sources" | cksum)
if [ ! -f "$LIB/libForankraKit.a" ] || [ "$(cat "$LIB/sources.cksum" 2>/dev/null)" != "$listing" ] \
    || [ -n "$(find Sources/ForankraKit -name '*.swift' -newer "$LIB/libForankraKit.a" | head -1)" ]; then
    echo "fuzz: compiling ForankraKit with -sanitize=fuzzer,address (a few minutes)"
    rm -f "$LIB/libForankraKit.a"
    # shellcheck disable=SC2086
    if ! "$SWIFTC" -emit-library -static -module-name ForankraKit -swift-version 6 -enable-testing -wmo -num-threads 2 \
        -emit-module -emit-module-path "$LIB/ForankraKit.swiftmodule" "${FLAGS[@]}" \
        $sources -o "$LIB/libForankraKit.a" 2> >(quiet); then
        echo "fuzz: the library did not compile" >&2
        exit 2
    fi
    echo "$listing" > "$LIB/sources.cksum"
fi

# --- the targets: relinked when the target, the support file or the library is newer.
for name in $TARGETS; do
    bin=$OUT/bin/$name
    if [ ! -x "$bin" ] || [ "Fuzz/targets/$name.swift" -nt "$bin" ] || [ Fuzz/FuzzSupport.swift -nt "$bin" ] \
        || [ "$LIB/libForankraKit.a" -nt "$bin" ]; then
        echo "fuzz: building $name"
        if ! "$SWIFTC" "${FLAGS[@]}" -swift-version 5 -module-name FuzzTarget -I "$LIB" -L "$LIB" -lForankraKit \
            Fuzz/FuzzSupport.swift "Fuzz/targets/$name.swift" -o "$bin" 2> >(quiet); then
            echo "fuzz: target $name did not compile" >&2
            exit 2
        fi
    fi
done

# --- the runs, one at a time.
# Swift's own crash reporter would wait on a trap inside the fuzzer; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-symbolize=1}
command -v llvm-symbolizer > /dev/null && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}
failed=()
summary=()
for name in $TARGETS; do
    corpus=$OUT/corpus/$name
    crashes=$OUT/crashes/$name
    log=$OUT/logs/$name.log
    mkdir -p "$corpus" "$crashes" "$OUT/logs"
    seeds=()
    [ -d "Fuzz/corpus/$name" ] && seeds=("Fuzz/corpus/$name")
    dict=()
    [ -f "Fuzz/dict/$name.dict" ] && dict=("-dict=Fuzz/dict/$name.dict")
    echo "fuzz: $name for ${SECONDS_EACH}s (log $log)"
    # New inputs go to the first folder (under .build); the seeds in Fuzz/corpus are only read.
    # shellcheck disable=SC2086
    "$OUT/bin/$name" -max_total_time="$SECONDS_EACH" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" \
        -print_final_stats=1 -artifact_prefix="$crashes/" "${dict[@]}" ${FUZZ_ARGS:-} \
        "$corpus" "${seeds[@]}" > "$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    artefact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -1)
    if [ "$status" -ne 0 ]; then
        failed+=("$name")
        what=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z-]+( [a-z-]+)*|Fatal error: .*' "$log" | head -1)
        summary+=("$(printf '%-16s FAILED  exit %s  %s runs  %s/s  %s  %s' "$name" "$status" "${runs:-?}" "${speed:-?}" "${what:-see log}" "${artefact:-no input written}")")
        grep -E '^(Fatal error|.*Fatal error:|==[0-9]+==ERROR|SUMMARY:)' "$log" | head -5 | sed 's/^/    /' >&2
    else
        summary+=("$(printf '%-16s ok      %s runs  %s/s' "$name" "${runs:-?}" "${speed:-?}")")
    fi
done

echo
echo "fuzz: ${SECONDS_EACH}s per target"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}; replay one with .build/fuzz/bin/NAME FILE" >&2
    exit 1
fi
