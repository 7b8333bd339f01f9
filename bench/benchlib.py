"""Helpers shared by the benchmark scripts in bench/: timing, peak memory, sizes, tables.

Standard library only. The scripts put their own folder first on sys.path (Python does this
for the script being run), so `import benchlib` finds this file.
"""
import json
import math
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TIME = "/usr/bin/time"


def log(prog, msg):
    """Progress and diagnostics go to stderr; figures go to stdout."""
    print("%s: %s" % (prog, msg), file=sys.stderr, flush=True)


def die(prog, msg, code=1):
    log(prog, "error: " + msg)
    sys.exit(code)


def default_binary(name):
    """The dateline binaries: $DATELINE_BIN_DIR (e.g. copies in /tmp/bench-bin, so that a
    rebuild of the shared tree cannot change a running benchmark), else build/."""
    d = os.environ.get("DATELINE_BIN_DIR")
    if d:
        return os.path.join(d, name)
    sub = "indexer" if name == "dateline-index" else "searcher"
    return os.path.join(REPO, "build", sub, name)


def need_tool(prog, path, package):
    if shutil.which(path) is None:
        die(prog, "%s not found: apt-get install -y %s" % (path, package), 2)


def timed(cmd, prog, stdin=None, env=None, ok=(0,), log_file=None, cwd=None):
    """Run cmd under /usr/bin/time -v. Returns (wall seconds, peak RSS in KiB, completed process).

    stdout and stderr of the command are captured (stderr without time's report is kept in
    proc.stderr); a status outside `ok` stops the benchmark."""
    tv = cmd
    have_time = os.access(TIME, os.X_OK)
    if have_time:
        tv = [TIME, "-v"] + cmd
    if not os.access(cmd[0], os.X_OK) and shutil.which(cmd[0]) is None:
        die(prog, "cannot run %s: not an executable (build it, or set DATELINE_BIN_DIR)" % cmd[0], 2)
    start = time.perf_counter()
    proc = subprocess.run(tv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace")
    rss = 0
    usage = {"user_s": 0.0, "sys_s": 0.0, "written_bytes": 0}
    if have_time:
        cut = err.rfind("\tCommand being timed:")
        report = err[cut:] if cut >= 0 else ""
        err = err[:cut] if cut >= 0 else err
        for line in report.splitlines():
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[-1].strip())
            elif "User time (seconds)" in line:
                usage["user_s"] = float(line.split(":")[-1])
            elif "System time (seconds)" in line:
                usage["sys_s"] = float(line.split(":")[-1])
            elif "File system outputs" in line:
                usage["written_bytes"] = int(line.split(":")[-1]) * 512
    proc.stderr = err
    proc.usage = usage
    if log_file:
        with open(log_file, "a", encoding="utf-8") as f:
            f.write("$ %s\n%s\n" % (" ".join(cmd), err))
    if proc.returncode not in ok:
        tail = "\n".join(err.strip().splitlines()[-5:])
        die(prog, "%s exited %d:\n%s" % (" ".join(cmd), proc.returncode, tail))
    return wall, rss, proc


def du_bytes(path):
    """Bytes on disk (allocated blocks) of a file or a folder tree."""
    if os.path.isfile(path):
        return os.stat(path).st_blocks * 512
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_blocks * 512
            except OSError:
                pass
    return total


def warm(path):
    """Read every file under path once, so that no tool pays for the first, cold read."""
    walk = os.walk(path) if os.path.isdir(path) else [(os.path.dirname(path), [], [os.path.basename(path)])]
    for root, _dirs, files in walk:
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                while fh.read(1 << 20):
                    pass


def percentile(values, p):
    """Nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100.0 * len(ordered)))
    return ordered[rank - 1]


def fmt_ratio(x, base):
    if not base:
        return "-"
    return "%.2fx" % (x / base)


def table(headers, rows, out=sys.stdout):
    """A plain Markdown table (pastes into docs/PERFORMANCE.md as is)."""
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |"
    print(line, file=out)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|", file=out)
    for r in cells:
        print("| " + " | ".join(c.rjust(w) if _numeric(c) else c.ljust(w) for c, w in zip(r, widths)) + " |",
              file=out)
    out.flush()


def _numeric(s):
    s = s.rstrip("x%").replace(",", "")
    try:
        float(s)
        return True
    except ValueError:
        return s == "-"


def mb(nbytes):
    return nbytes / 1e6


def machine_line():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%d cores, %s" % (os.cpu_count() or 0, cpu)


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")


def index_summary(stderr_text):
    """Counts from dateline-index's closing summary line (articles, sections, files, seconds)."""
    import re
    out = {}
    for line in reversed(stderr_text.splitlines()):
        m = re.search(r"(\d+) articles, (\d+) sections", line)
        if m:
            out["articles"], out["sections"] = int(m.group(1)), int(m.group(2))
            f = re.match(r"(\d+) files", line)
            if f:
                out["files"] = int(f.group(1))
            s = re.search(r"([\d.]+) s$", line.strip())
            if s:
                out["reported_seconds"] = float(s.group(1))
            out["summary"] = line.strip()
            break
    return out


def index_run(prog, binary, paths, db, extra=(), fresh=True, log_file=None):
    """One dateline-index run under /usr/bin/time: wall s, peak RSS KiB, counts, index bytes."""
    if fresh and os.path.exists(db):
        shutil.rmtree(db)
    cmd = [binary, "--db", db] + list(extra) + list(paths)
    wall, rss, proc = timed(cmd, prog, ok=(0, 3), log_file=log_file)
    res = {"cmd": " ".join(cmd), "seconds": wall, "rss_kb": rss, "index_bytes": du_bytes(db)}
    res.update(proc.usage)
    res.update(index_summary(proc.stderr))
    if "sections" not in res:
        die(prog, "no summary line from %s" % " ".join(cmd))
    return res


def tree_bytes(path, exts=(".txt",)):
    """Apparent size in bytes and count of the input files under path (the text fed to the tools)."""
    total = count = 0
    if os.path.isfile(path):
        return os.path.getsize(path), 1
    for root, dirs, files in os.walk(path):
        dirs.sort()
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.endswith(exts) and not f.startswith("."):
                total += os.path.getsize(os.path.join(root, f))
                count += 1
    return total, count


def load_fts5(src, db):
    """Load stories into SQLite FTS5 (porter tokenizer) in one transaction.

    src is prepare-reuters' reuters.csv (id,title,date,body) or a folder of .txt stories (as
    gen-corpus writes them; the date is taken from the YYYY/MM/DD path). Table t(title, body,
    date UNINDEXED, id UNINDEXED); rowid counts from 1."""
    import csv
    import re
    import sqlite3
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, date UNINDEXED, id UNINDEXED, "
                "tokenize='porter')")

    def rows():
        if os.path.isfile(src):
            csv.field_size_limit(1 << 30)
            with open(src, newline="", encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    yield r["title"], r["body"], r["date"][:10], r["id"]
            return
        pat = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/")
        for root, dirs, files in os.walk(src):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(".txt"):
                    continue
                p = os.path.join(root, name)
                with open(p, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                m = pat.search(p)
                yield "", text, ("%s-%s-%s" % m.groups()) if m else "", p

    with con:
        n = 0
        for r in rows():
            con.execute("INSERT INTO t(title, body, date, id) VALUES (?,?,?,?)", r)
            n += 1
    con.close()
    return n


if __name__ == "__main__":
    # python3 benchlib.py load-fts5 SRC DB: the FTS5 loader, as a process of its own so that
    # /usr/bin/time measures its time and memory alone.
    if len(sys.argv) == 4 and sys.argv[1] == "load-fts5":
        t0 = time.perf_counter()
        n = load_fts5(sys.argv[2], sys.argv[3])
        print("%d rows loaded into %s in %.2f s" % (n, sys.argv[3], time.perf_counter() - t0), file=sys.stderr)
    else:
        sys.exit("usage: benchlib.py load-fts5 SRC DB")


# The judged collections the relevance scripts know, and where bench/check-relevance puts
# each under its work folder: WORK/NAME/data (prepared stories), WORK/NAME/db (Dateline's
# index), WORK/NAME/collection (topics and qrels).
RELEVANCE_COLLECTIONS = {
    # name: (folder under ../shared/data, a file that must be there, stories file in data/)
    "reuters": ("reuters21578", "reut2-000.sgm", "reuters.jsonl"),
    "cisi": ("cisi", "CISI.ALL", "cisi.jsonl"),
}


def relevance_paths(work, name):
    """{data, jsonl, db, collection, topics, qrels, duplicates} of one collection under WORK;
    topics is topics.trec (Reuters) or topics.tsv (CISI), duplicates None where absent."""
    base = os.path.join(work, name)
    coll = os.path.join(base, "collection")
    topics = next((os.path.join(coll, f) for f in ("topics.trec", "topics.tsv")
                   if os.path.isfile(os.path.join(coll, f))), os.path.join(coll, "topics.trec"))
    dup = os.path.join(coll, "duplicates.tsv")
    return {"data": os.path.join(base, "data"), "jsonl": os.path.join(base, "data", RELEVANCE_COLLECTIONS[name][2]),
            "db": os.path.join(base, "db"), "collection": coll, "topics": topics,
            "qrels": os.path.join(coll, "qrels.trec"), "duplicates": dup if os.path.isfile(dup) else None}
