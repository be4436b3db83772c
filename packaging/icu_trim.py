"""Qt's ICU data cut down to what InspectDesk needs (Linux builds; called from build.spec).

PySide6's Linux wheels link Qt to their own ICU, whose data library ``libicudata.so.NN``
(31 MB) holds every locale of the world. Qt asks ICU for collation, case mapping, time-zone
names, IDNA and text encodings beyond UTF; the program speaks Chinese and English. This
keeps, from the ICU data package:

- every item that is not a locale's (Unicode properties, normalisation, break rules and the
  Chinese/Japanese word dictionary, collation base data, time-zone rules, aliases);
- the locale items of root, ``zh*`` and ``en*`` (and whatever those inherit from);
- the Chinese and Unicode text encodings (GB 18030, GBK, Big5) of the ~200 converters;
- no transliteration rules (Qt never transliterates);

and rebuilds the library around the smaller package with the same soname and symbol, so
nothing else changes. Tools: ``objcopy`` (binutils), ``icupkg`` (icu-devtools) and ``cc``.
When one is missing, or anything fails, the full library is kept and the reason returned.
``python packaging/icu_trim.py LIB OUTDIR`` runs it alone.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

KEPT_LANGUAGES = frozenset({"root", "zh", "en"})
NOT_LOCALES = frozenset({"root", "res_index", "pool"})
KEPT_CONVERTERS = re.compile(
    r"^(gb18030|windows-936-2000|ibm-1383_P110-1999|ibm-1386_P100-2001|windows-950-2000"
    r"|ibm-1373_P100-2002|ibm-5471_P100-2006|icu-internal-\w+)\.cnv$"
)
# Word dictionaries of scripts other than Chinese/Japanese (break iteration works without them).
DROPPED_DICTIONARIES = frozenset({"burmesedict.dict", "khmerdict.dict", "laodict.dict"})


def _run(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(map(str, args))}: {(done.stderr or done.stdout).strip()}")
    return done.stdout + done.stderr


def items_to_drop(items: list[str]) -> list[str]:
    """The items of the package (``lang/fr.res``, ``ibm-37_P100-1995.cnv``…) left out."""
    languages = {
        PurePosixPath(i).stem.split("_")[0]
        for i in items
        if i.startswith("lang/") and i.endswith(".res") and PurePosixPath(i).stem not in NOT_LOCALES
    }
    drop = []
    for item in items:
        name = PurePosixPath(item).name
        stem = PurePosixPath(item).stem
        if name.endswith(".res"):
            language = stem.split("_")[0]
            if stem not in NOT_LOCALES and language in languages and language not in KEPT_LANGUAGES:
                drop.append(item)
        elif name.endswith(".cnv") and "/" not in item:
            if not KEPT_CONVERTERS.match(name):
                drop.append(item)
        elif name in DROPPED_DICTIONARIES:
            drop.append(item)
        if item.startswith("translit/") and item not in drop:  # Qt never transliterates
            drop.append(item)
    return drop


def trim(library: Path, workdir: Path) -> tuple[Path | None, str]:
    """A smaller copy of ``library`` in ``workdir`` (None when not possible) and what was done."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if not match:
        return None, f"{library.name}: not an ICU data library"
    missing = [tool for tool in ("objcopy", "icupkg", "cc") if shutil.which(tool) is None]
    if missing:
        return None, f"kept the full ICU data: {', '.join(missing)} not found"
    endian = "l" if sys.byteorder == "little" else "b"
    package = f"icudt{match.group(1)}{endian}"
    symbol = f"icudt{match.group(1)}_dat"
    # icupkg names the items of the package it writes after the file's name: same name.
    full, small = workdir / "full" / f"{package}.dat", workdir / f"{package}.dat"
    full.parent.mkdir(parents=True, exist_ok=True)
    try:
        _run("objcopy", "-O", "binary", "--only-section=.rodata", library, full)
        data = full.read_bytes()
        if len(data) < 16 or data[2:4] != b"\xda\x27":  # the ICU data header's magic
            return None, "kept the full ICU data: its .rodata is not an ICU data package"
        items = [line.strip() for line in _run("icupkg", "-l", full).splitlines() if line.strip()]
        drop = items_to_drop(items)
        for _attempt in range(20):  # put back what kept items inherit from
            listing = workdir / "dropped.txt"
            listing.write_text("\n".join(drop) + "\n", encoding="utf-8")
            small.unlink(missing_ok=True)
            done = subprocess.run(
                ["icupkg", "-r", str(listing), str(full), str(small)],
                capture_output=True,
                text=True,
                check=False,
            )
            needed = set(re.findall(r"depends on missing item (\S+)", done.stdout + done.stderr))
            if not needed:
                break
            drop = [i for i in drop if i not in needed]
        if done.returncode or not small.is_file():
            return None, f"kept the full ICU data: icupkg failed: {done.stderr.strip()}"
        source = workdir / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, %object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{small.name}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",%progbits\n',
            encoding="utf-8",
        )
        out = workdir / library.name
        _run(
            "cc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            out,
            source.name,
            cwd=workdir,
        )
    except (OSError, RuntimeError) as exc:
        return None, f"kept the full ICU data: {exc}"
    shutil.rmtree(full.parent, ignore_errors=True)
    before, after = library.stat().st_size, out.stat().st_size
    kept = len(items) - len(drop)
    return out, (
        f"ICU data {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB "
        f"({kept} of {len(items)} items kept)"
    )


if __name__ == "__main__":
    result, message = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(message)
    raise SystemExit(0 if result else 1)
