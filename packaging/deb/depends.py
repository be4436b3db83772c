"""Which Debian packages the frozen program's libraries need, against what the package declares.

    python3 packaging/deb/depends.py FOLDER [--control packaging/deb/control] [--strict]

Follows every ELF file under FOLDER (the frozen build, or /opt/inspectdesk once installed):
its direct dependencies (``DT_NEEDED``) that the folder does not hold itself are resolved
with ``ldd`` and looked up with ``dpkg -S``. Prints the packages found; with ``--control``,
exit status 1 when one is missing from its ``Depends:``; with ``--strict`` also when a library
cannot be found at all (every declared package installed, nothing may be missing).
The standard library only: it runs with any Python 3 (build.sh gives it the venv's).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

# Libraries the C library's package provides under several names (ld.so, libm, libdl…).
LOADER = re.compile(r"^(ld-linux.*|ld64.*|linux-vdso.*|linux-gate.*)$")


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def resolve(path: Path, lib_dirs: list[Path]) -> dict[str, str | None]:
    """name -> full path (None: not found) of every library ``path`` loads, as ``ldd`` says."""
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(map(str, lib_dirs)))
    out = subprocess.run(
        ["ldd", str(path)], capture_output=True, text=True, check=False, env=env
    ).stdout
    found: dict[str, str | None] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) => (not found|(\S+))", line)
        if m:
            found[m.group(1)] = None if m.group(2) == "not found" else m.group(3)
    return found


def owners(paths: set[str]) -> dict[str, str]:
    """path -> Debian package, for each path dpkg knows (under /usr or the merged /lib)."""
    candidates: dict[str, str] = {}
    for p in paths:
        for variant in {p, os.path.realpath(p)}:
            candidates[variant] = p
            if variant.startswith("/lib"):
                candidates["/usr" + variant] = p
            elif variant.startswith("/usr/lib"):
                candidates[variant[4:]] = p
    out = subprocess.run(
        ["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True, check=False
    ).stdout
    result: dict[str, str] = {}
    for line in out.splitlines():
        package, _, file = line.partition(": ")
        if file in candidates and "diversion" not in package:
            result[candidates[file]] = package.split(":")[0].split(",")[0].strip()
    return result


def glibc_needed(files: list[Path]) -> tuple[int, ...]:
    """The newest GLIBC_x.y symbol version any of ``files`` asks for."""
    newest: tuple[int, ...] = (0,)
    for path in files:
        out = subprocess.run(
            ["readelf", "-V", "-W", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for version in re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", out):
            newest = max(newest, tuple(int(n) for n in version.split(".")))
    return newest


def declared_libc(control: Path) -> tuple[int, ...]:
    m = re.search(r"libc6 \(>= ([\d.]+)\)", control.read_text(encoding="utf-8"))
    return tuple(int(n) for n in m.group(1).split(".")) if m else (0,)


def declared(control: Path) -> set[str]:
    """Every package named in Depends (each alternative counts)."""
    text = control.read_text(encoding="utf-8")
    m = re.search(r"^Depends:(.*(?:\n[ \t].*)*)", text, re.MULTILINE)
    names = set()
    for part in (m.group(1) if m else "").replace("\n", " ").split(","):
        for alt in part.split("|"):
            name = alt.strip().split(" ")[0].split("(")[0]
            if name and not name.startswith("@"):
                names.add(name)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--control", type=Path)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args(argv)
    files = elf_files(args.folder)
    own = {p.name for p in files} | {p.name for p in args.folder.rglob("*") if p.is_symlink()}
    lib_dirs = sorted({p.parent for p in files if ".so" in p.name} | {args.folder / "_internal"})
    system: dict[str, set[str]] = {}  # library path -> the files that need it
    missing: dict[str, set[str]] = {}
    for path in files:
        outside = [n for n in needed(path) if n not in own and not LOADER.match(n)]
        if not outside:
            continue
        where = resolve(path, lib_dirs)
        for name in outside:
            target = where.get(name)
            rel = str(path.relative_to(args.folder))
            if target is None:
                missing.setdefault(name, set()).add(rel)
            else:
                system.setdefault(target, set()).add(rel)
    packages = owners(set(system))
    unowned = sorted(set(system) - set(packages))
    wanted = sorted(set(packages.values()))
    print(
        f"{len(files)} ELF files need {len(system)} system libraries from {len(wanted)} packages:"
    )
    print("  " + ", ".join(wanted))
    status = 0
    for lib in unowned:
        print(
            f"no Debian package holds {lib} (needed by {sorted(system[lib])[0]})", file=sys.stderr
        )
        status = 1
    for name, users in sorted(missing.items()):
        print(f"not found: {name} (needed by {sorted(users)[0]})", file=sys.stderr)
        if args.strict:
            status = 1
    glibc = glibc_needed(files)
    print(f"  newest C library symbols asked for: GLIBC_{'.'.join(map(str, glibc))}")
    if args.control:
        if declared_libc(args.control) < glibc:
            print(
                f"{args.control}: Depends needs libc6 (>= {'.'.join(map(str, glibc))})",
                file=sys.stderr,
            )
            status = 1
        lacking = [p for p in wanted if p not in declared(args.control)]
        if lacking:
            print(f"{args.control}: Depends lacks {', '.join(lacking)}", file=sys.stderr)
            status = 1
        else:
            print(f"{args.control}: Depends covers them all")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
