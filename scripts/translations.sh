#!/usr/bin/env bash
# The window translations: sources in resources/translations/*.ts, compiled to .qm beside them.
#   scripts/translations.sh          compile every .ts with pyside6-lrelease (setup and the build)
#   scripts/translations.sh update   re-read the code with pyside6-lupdate: new strings appear in
#                                    the .ts files as unfinished, for a translator to fill in
#   scripts/translations.sh update OUT_DIR   the same, writing the .ts files to OUT_DIR (tests)
#   scripts/translations.sh new fr   start a new language: resources/translations/inspector_fr.ts
# Sources: every module a window shows words from. Not the sandbox (a web server with its own
# pages) and not the command line (its output stays English, for scripts and support).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
DIR=resources/translations
# Every language with a catalogue (English is the source; its file holds only plural forms).
LANGS=()
for ts in "$DIR"/inspector_*.ts; do
  code="${ts##*/inspector_}"; code="${code%.ts}"
  [ "$code" = en ] || LANGS+=("$code")
done

# lupdate turns any "#:" comment above a call into a note for translators (one line or several);
# ours document code, so every note goes.
drop_notes() {
  "$BIN/python" - "$@" <<'PY'
import re, sys
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"\n[ \t]*<extracomment>.*?</extracomment>", "", text, flags=re.S)
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)
PY
}

sources() {
  # _plurals.py first: it declares the messages with a count (see the file).
  echo desktop_app/words/_plurals.py
  find desktop_app -name '*.py' -not -path 'desktop_app/sandbox/*' -not -name cli.py \
    -not -name '__main__.py' -not -name _plurals.py | LC_ALL=C sort
}

if [ "${1:-}" = new ]; then
  code="${2:?usage: scripts/translations.sh new LANGUAGE_CODE}"
  [ ! -e "$DIR/inspector_$code.ts" ] || { echo "$DIR/inspector_$code.ts exists" >&2; exit 1; }
  "$BIN/pyside6-lupdate" -silent -locations none -tr-function-alias QT_TRANSLATE_NOOP+=said \
    -source-language en -target-language "$code" $(sources) -ts "$DIR/inspector_$code.ts"
  drop_notes "$DIR/inspector_$code.ts"
  echo "==> $DIR/inspector_$code.ts: translate it (pyside6-linguist), then scripts/translations.sh"
  exit 0
fi

if [ "${1:-}" = update ]; then
  out="${2:-$DIR}"
  mkdir -p "$out"
  for lang in "${LANGS[@]}"; do
    [ "$out" = "$DIR" ] || cp "$DIR/inspector_$lang.ts" "$out/" 2>/dev/null || true
    # said("Context", "text") marks a sentence translated when shown (desktop_app/core/i18n.py).
    "$BIN/pyside6-lupdate" -silent -locations none -no-obsolete \
      -tr-function-alias QT_TRANSLATE_NOOP+=said -source-language en \
      -target-language "$lang" $(sources) -ts "$out/inspector_$lang.ts"
  done
  # English needs only its plural forms ("1 property", "2 properties").
  [ "$out" = "$DIR" ] || cp "$DIR/inspector_en.ts" "$out/" 2>/dev/null || true
  "$BIN/pyside6-lupdate" -silent -locations none -no-obsolete -pluralonly \
    -tr-function-alias QT_TRANSLATE_NOOP+=said -source-language en -target-language en \
    $(sources) -ts "$out/inspector_en.ts"
  drop_notes "$out"/inspector_*.ts
  exit 0
fi

for ts in "$DIR"/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
