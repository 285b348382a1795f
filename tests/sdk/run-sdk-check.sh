# SPDX-License-Identifier: GPL-3.0-or-later
# Runs videos-sdk-check.mjs (the official OpenAI Node SDK) against a fresh dailies-mockserver.
# Usage: run-sdk-check.sh BUILD_DIR. Installs openai@6 once into BUILD_DIR/sdk-node (Node 20 cannot run 7.x).
# Exit codes: the check's own; 77 (skipped) when node/npm are missing or the SDK cannot be installed.
set -u

build=$(cd "${1:?usage: run-sdk-check.sh BUILD_DIR}" && pwd) || exit 1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server="$build/app/dailies-mockserver"
sdk="$build/sdk-node"

skip() { echo "SKIPPED: $*"; exit 77; }
command -v node >/dev/null || skip "node is not installed (apt-get install nodejs npm)"
[ -x "$server" ] || { echo "error: $server is missing; build the dailies-mockserver target"; exit 1; }

if [ ! -f "$sdk/node_modules/openai/package.json" ]; then
    command -v npm >/dev/null || skip "npm is not installed (apt-get install npm)"
    echo "installing openai@6 into $sdk"
    # Bounded fetch retries, so an unreachable registry skips in about a minute, not five.
    npm install --no-audit --no-fund --fetch-retries=1 --fetch-timeout=30000 --prefix "$sdk" openai@6 >"$build/sdk-node-install.log" 2>&1 ||
        { tail -5 "$build/sdk-node-install.log"; skip "npm could not install openai@6 (registry unreachable?)"; }
fi
echo "openai $(node -p 'require(process.argv[1]).version' "$sdk/node_modules/openai/package.json"), node $(node --version)"
# The script must live beside node_modules so that `import OpenAI from 'openai'` resolves.
cp "$here/videos-sdk-check.mjs" "$sdk/videos-sdk-check.mjs" || exit 1

tmp=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The server prints one line, "listening on http://127.0.0.1:PORT/v1", then serves until killed.
mkfifo "$tmp/out"
"$server" --port 0 --key sk-sdk-test --time-scale 0.02 --data-dir "$tmp/data" >"$tmp/out" 2>"$tmp/server.log" &
pid=$!
exec 3<"$tmp/out"
if ! IFS= read -r -t 30 line <&3; then
    echo "error: the server printed no address"; cat "$tmp/server.log"; exit 1
fi
base=${line#listening on }
[[ $base == http://* ]] || { echo "error: unexpected first line: $line"; exit 1; }
echo "server at $base"

node "$sdk/videos-sdk-check.mjs" "$base"
status=$?
[ $status -ne 0 ] && { echo "--- server stderr ---"; cat "$tmp/server.log"; }
exit $status
