"""Build the one-folder votedeck app for this machine: `python packaging/build.py`.

Draws the app icon from assets/web/icon.svg (PNG, .ico for Windows, .icns for
macOS) with Qt's own SVG renderer, writes the Windows version resource (so the
firewall prompt says "votedeck", not "python"), runs PyInstaller on
packaging/votedeck.spec, and with `--archive` packs the result the way each
system expects it: a .zip on Windows and Linux, an .app in a .dmg on macOS.

Needs the packaging extra: `pip install -e ".[packaging]"`. Prints where the app
is, its size and how long the build took. The same commands run in
.ci/run (Linux) and .github/workflows/release.yml (Windows, macOS).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
SPEC = ROOT / "packaging" / "votedeck.spec"
ICON_SVG = ROOT / "assets" / "web" / "icon.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512, 1024)


def project_version() -> str:
    from importlib.metadata import version
    return version("votedeck")


def draw_icons(folder: Path = ICONS) -> list[Path]:
    """votedeck-N.png for each size, votedeck.ico (256 px) and votedeck.icns (1024 px)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (painting needs it alive)
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{ICON_SVG}: Qt cannot read this SVG; the icon cannot be drawn.")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    images = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images[size] = image
        path = folder / f"votedeck-{size}.png"
        image.save(str(path), "PNG")
        written.append(path)
    # Qt's ico and icns image plugins (in PySide6-Essentials) write one image each;
    # Windows and macOS scale it for the smaller places they show it.
    for name, fmt, size in (("votedeck.ico", b"ico", 256), ("votedeck.icns", b"icns", 1024)):
        path = folder / name
        writer = QImageWriter(str(path), fmt)
        if not writer.write(images[size]):
            raise SystemExit(f"Qt could not write {path} ({writer.errorString()}); "
                             "check that PySide6's imageformats plugins are installed.")
        written.append(path)
    return written


def write_version_info(path: Path, version: str) -> Path:
    """The Windows version resource PyInstaller embeds in votedeck.exe."""
    numbers = tuple(int(part) for part in (version.split(".") + ["0"] * 4)[:4])
    strings = {"CompanyName": "votedeck", "FileDescription": "votedeck", "InternalName": "votedeck",
               "OriginalFilename": "votedeck.exe", "ProductName": "votedeck",
               "FileVersion": version, "ProductVersion": version,
               "LegalCopyright": "MIT licence"}
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""", encoding="utf-8")
    return path


def run_pyinstaller() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True)


def app_folder() -> Path:
    """The built one-folder app (on macOS, the folder the .app wraps)."""
    return DIST / "votedeck"


def executable(folder: Path | None = None) -> Path:
    folder = folder or app_folder()
    return folder / ("votedeck-cli.exe" if sys.platform == "win32" else "votedeck")


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def archive(version: str) -> Path:
    """dist/votedeck-VERSION-SYSTEM.zip, or .dmg on macOS (hdiutil)."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    stem = DIST / f"votedeck-{version}-{system}"
    if sys.platform == "darwin":
        dmg = stem.with_suffix(".dmg")
        dmg.unlink(missing_ok=True)
        subprocess.run(["hdiutil", "create", "-volname", "votedeck", "-srcfolder", str(DIST / "votedeck.app"),
                        "-ov", "-format", "UDZO", str(dmg)], check=True)
        return dmg
    return Path(shutil.make_archive(str(stem), "zip", root_dir=DIST, base_dir="votedeck"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", action="store_true",
                        help="also pack the app: a .zip (Windows, Linux) or a .dmg (macOS)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    version = project_version()
    draw_icons()
    write_version_info(BUILD / "version_info.txt", version)
    run_pyinstaller()
    seconds = time.perf_counter() - started
    folder = app_folder()
    print(f"Built {executable(folder)} in {seconds:.0f} s; the folder is "
          f"{folder_size(folder) / 1e6:.0f} MB.", flush=True)
    if args.archive:
        packed = archive(version)
        print(f"Packed {packed} ({packed.stat().st_size / 1e6:.0f} MB).", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
