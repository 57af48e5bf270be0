#!/bin/sh
# Four shard processes with GNU parallel, on this machine or over ssh (add -S host1,host2 and
# run from a folder every host sees at the same path). Each is retried up to twice; a retry
# converts only what is left (--skip-existing). Then one registry and one workbook.
set -eu
archive=${1:-archive}
shards=${SHARDS:-4}
find "$archive" -type f \( -iname '*.pdf' -o -iname '*.docx' -o -iname '*.doc' -o -iname '*.txt' -o -iname '*.md' -o -iname '*.html' -o -iname '*.htm' \) -print0 > files.lst
# {} is the shard number 1…N and stays the same on a retry. ({%}, the job slot 1…N, is the same
# number only while exactly N jobs run with -j N and none is retried.)
seq 1 "$shards" | parallel -j "$shards" --retries 2 --line-buffer \
  plan-extract --files-from files.lst -0 --shard {}/"$shards" --out-dir out --skip-existing --report out/report-{}.ndjson --jobs 1 || true
plan-extract merge out -o all.json
plan-extract merge out -o all.xlsx
