#!/bin/sh
# quick local check: every tests/py/*.py runs cleanly under python3
cd "$(dirname "$0")/py"
fail=0
for f in ${1:-*.py}; do
  out=$(PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 timeout 30 python3 "$f" 2>/tmp/chk_err); rc=$?
  out2=$(PYTHONHASHSEED=1 PYTHONIOENCODING=utf-8 timeout 30 python3 "$f" 2>/dev/null)
  if [ $rc -ne 0 ] || [ -s /tmp/chk_err ] || [ "$out" != "$out2" ]; then
    echo "== $f rc=$rc"; head -5 /tmp/chk_err; [ "$out" != "$out2" ] && echo "nondeterministic"; fail=1
  fi
done
exit $fail
