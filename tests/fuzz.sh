#!/usr/bin/env bash
# Fuzzes one Reconcile entry point with afl-fuzz through SharpFuzz (docs/reliability.md).
#
#   tests/fuzz.sh document|reconcile|json SECONDS
#
# Installs what it lacks (afl++ from Debian, the SharpFuzz.CommandLine tool), builds tests/Reconcile.Fuzz in
# Release, instruments Reconcile.dll and Reconcile.Json.dll, and runs afl-fuzz on the target's seeds for SECONDS.
# Work goes to $FUZZ_WORK (default /tmp/reconcile-fuzz): the build in bin/, findings in out/<target>/.
# A second run of the same target resumes from its queue. Exits with 1 if afl-fuzz saved a crash or a hang;
# replay them with an uninstrumented build (the instrumented one needs afl-fuzz's shared memory):
#   dotnet run --project tests/Reconcile.Fuzz -c Release -- <target> $FUZZ_WORK/out/<target>/default/crashes/id*
# Not part of CI: it needs minutes to hours, and afl-fuzz wants the machine to itself.
set -euo pipefail

target=${1:-}
seconds=${2:-}
case "$target" in
  document|reconcile|json) ;;
  *) echo "usage: tests/fuzz.sh document|reconcile|json SECONDS" >&2; exit 2 ;;
esac
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "usage: tests/fuzz.sh document|reconcile|json SECONDS (a positive whole number)" >&2
  exit 2
fi

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-/tmp/reconcile-fuzz}
fuzz="$repo/tests/Reconcile.Fuzz"
mkdir -p "$work"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. Tools.
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz.sh: installing afl++ (Debian package afl++)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$work/tools/sharpfuzz" ]; then
  echo "fuzz.sh: installing the sharpfuzz tool (NuGet SharpFuzz.CommandLine 2.3.0)" >&2
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

# 2. Build once per run and instrument our two assemblies (not the harness, not Newtonsoft.Json):
#    coverage then means coverage of Reconcile's own code.
rm -rf "$work/bin"
dotnet publish "$fuzz/Reconcile.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
for assembly in Reconcile.dll Reconcile.Json.dll; do
  "$work/tools/sharpfuzz" "$work/bin/$assembly" >/dev/null
done

# 3. Fuzz. The harness runs in persistent mode (SharpFuzz's Fuzzer.Run), so the timeout is per input:
#    5 s is hundreds of times what a small input takes once jitted, so a timeout is a real hang.
export AFL_SKIP_BIN_CHECK=1          # dotnet itself carries no AFL instrumentation; the assemblies do
export AFL_NO_UI=1                   # plain status lines, for logs and background runs
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_AUTORESUME=1              # a second run of a target continues from its queue
export AFL_NO_AFFINITY=${AFL_NO_AFFINITY:-1}   # the machine is shared: do not pin a core
dictionary=()
if [ -f "$fuzz/Dictionaries/$target.dict" ]; then
  dictionary=(-x "$fuzz/Dictionaries/$target.dict")
fi
out="$work/out/$target"
mkdir -p "$out"
stats="$out/default/fuzzer_stats"
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
# A resumed run carries afl-fuzz's counters over: report this run's share.
execs_before=0; time_before=0
if [ -f "$stats" ]; then
  execs_before=$(value execs_done); time_before=$(value run_time)
fi
set +e
echo "fuzz.sh: fuzzing $target for $seconds s; afl-fuzz's log is $out/afl-fuzz.log" >&2
afl-fuzz -i "$fuzz/Seeds/$target" -o "$out" -t 5000 -m none -V "$seconds" "${dictionary[@]}" \
  -- dotnet "$work/bin/Reconcile.Fuzz.dll" "$target" >>"$out/afl-fuzz.log" 2>&1
status=$?
set -e

if [ ! -f "$stats" ]; then
  echo "fuzz.sh: afl-fuzz did not start (exit $status); the end of its log:" >&2
  tail -n 20 "$out/afl-fuzz.log" >&2
  exit 1
fi
echo "fuzz.sh: $target: $(( $(value execs_done) - execs_before )) executions in $(( $(value run_time) - time_before )) s (all runs of this target: $(value execs_done) in $(value run_time) s), \
coverage $(value bitmap_cvg) of the map ($(value edges_found) edges, stability $(value stability)), corpus $(value corpus_count), crashes $(value saved_crashes), hangs $(value saved_hangs)"
if [ "$(value saved_crashes)" != "0" ] || [ "$(value saved_hangs)" != "0" ]; then
  exit 1
fi
