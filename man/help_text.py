"""Reads the --help text CLI11 prints, so that man pages and their check start from it."""
import re
import subprocess
from dataclasses import dataclass, field


DescriptionColumn = 30  # CLI11's default column width


@dataclass
class Entry:
    term: str           # "--format text|json|ndjson|csv=text", "-h,--help", "QUERY TEXT ..."
    description: str

    def names(self):
        """["-h", "--help"]; a positional's name ("QUERY")."""
        return self.term.split(" ")[0].split(",")


@dataclass
class Help:
    summary: str = ""
    usage: str = ""                                   # "dateline-search show [OPTIONS] ID"
    positionals: list = field(default_factory=list)
    options: list = field(default_factory=list)
    commands: list = field(default_factory=list)      # first words of the "Commands" footer


def parse(text):
    """CLI11's layout: a summary, 'Usage: ...', then 'Positionals:' and 'Options:' blocks of
    two-space-indented entries (a long term puts its description on the next, deeper line),
    then the footer, where our programs list their commands."""
    page, block, summary = Help(), None, []
    for line in text.split("\n"):
        if line.startswith("Usage: "):
            page.usage = line[len("Usage: "):].strip()
        elif not page.usage:
            summary.append(line.strip())
        elif line in ("Positionals:", "Options:"):
            block = page.positionals if line == "Positionals:" else page.options
        elif line.startswith("Commands, as the first word:"):
            block = page.commands
        elif not line.strip():
            block = None if block is not page.commands else block
        elif block is page.commands:
            m = re.match(r"  ([a-z][a-z-]*)\b", line)
            if m:
                page.commands.append(m.group(1))
            elif not line.startswith("   "):
                block = None
        elif block is not None:
            if not line.startswith("   "):
                # The description starts in column 30; a longer term pushes it to the next line.
                fits = len(line) > DescriptionColumn and line[DescriptionColumn - 1] == " "
                cut = DescriptionColumn if fits else len(line)
                block.append(Entry(line[:cut].strip(), line[cut:].strip()))
            elif block:
                block[-1].description = (block[-1].description + " " + line.strip()).strip()
    page.summary = " ".join(s for s in summary if s)
    return page


def read(program, command=None):
    args = [program] + ([command] if command else []) + ["--help"]
    return parse(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
