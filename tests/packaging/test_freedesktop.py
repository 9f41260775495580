"""The desktop entry and AppStream metadata: valid for the freedesktop tools, and in step with
the program (its id, name, icon, command, version and screenshots).

Software centres and desktops read these files, not our code: a broken one means Marginalia
is missing from the application menu, shows no icon, or is listed with a stale version.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

import reader

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "io.github.marginalia_reader.marginalia"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
SCREENSHOTS = REPO / "resources" / "screenshots"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# appstreamcli before 1.0 does not know <developer id="…"><name>…</name></developer>, the form
# AppStream 1.0 asks for instead of the deprecated <developer_name>; Debian 12 ships 0.16. The
# older validator reports it as an unknown tag: a fact about the tool, not about our file.
OLD_APPSTREAM_NOTICES = (re.compile(r"I: \S+: unknown-tag developer"),)


def _require_tool(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is not None:
        return path
    message = f"{tool} is missing: sudo apt install {package}"
    # CI installs it (.ci/run); there a missing tool is a failure, never a skip.
    if os.environ.get("CI") or os.environ.get("MARGINALIA_REQUIRE_REAL_WINDOW"):
        pytest.fail(message)
    pytest.skip(message)


def _desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, delimiters=("=",), comment_prefixes=("#",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def _untranslated(root: ET.Element, tag: str) -> str:
    """The English text of ``tag``: the element without xml:lang."""
    texts = [e.text or "" for e in root.findall(tag) if XML_LANG not in e.attrib]
    assert len(texts) == 1, f"expected one untranslated <{tag}>, found {len(texts)}"
    return texts[0].strip()


def _appstream_version(appstreamcli: str) -> tuple[int, ...]:
    output = subprocess.run(
        [appstreamcli, "--version"], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"(\d+(?:\.\d+)*)", output)
    assert match, f"no version in {output!r}"
    return tuple(int(part) for part in match.group(1).split("."))


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = _require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    # Warnings and hints exit 0 but are printed: any output at all is a finding.
    assert result.returncode == 0 and not output.strip(), output


def test_metainfo_passes_appstreamcli_validate_pedantic() -> None:
    tool = _require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", "--explain", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    issues = [line for line in output.splitlines() if re.match(r"[EWIP]: ", line)]
    if _appstream_version(tool) < (1, 0):
        issues = [i for i in issues if not any(p.fullmatch(i) for p in OLD_APPSTREAM_NOTICES)]
    # appstreamcli passes a file with infos and pedantic hints; we hold ours to none of them.
    assert result.returncode == 0 and not issues, output


def test_newest_release_is_the_program_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "the metainfo names no release"
    # AppStream lists releases newest first; software centres show the first as the version.
    assert releases[0].get("version") == reader.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_every_screenshot_is_a_file_of_the_repository() -> None:
    root = _metainfo()
    homepage = urlparse(_untranslated(root, "url[@type='homepage']"))
    owner_and_repo = homepage.path.strip("/")
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots, "the metainfo shows no screenshot"
    for screenshot in screenshots:
        assert _untranslated(screenshot, "caption"), "a screenshot without a caption"
        url = urlparse(_untranslated(screenshot, "image"))
        assert url.scheme == "https" and url.netloc == "raw.githubusercontent.com", url.geturl()
        # raw.githubusercontent.com/<owner>/<repo>/<branch>/<path in the repository>
        owner, repo, _branch, path = url.path.strip("/").split("/", 3)
        assert f"{owner}/{repo}" == owner_and_repo, url.geturl()
        file = REPO / path
        assert file.parent == SCREENSHOTS, f"{path} is not in resources/screenshots"
        assert file.is_file(), f"{path} does not exist"
    defaults = [s for s in screenshots if s.get("type") == "default"]
    assert len(defaults) == 1
    assert _untranslated(defaults[0], "image").endswith("/main-window.png")


def test_desktop_file_and_metainfo_describe_the_same_program() -> None:
    entry = _desktop_entry()
    root = _metainfo()
    assert _untranslated(root, "id") == APP_ID
    assert _untranslated(root, "launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert entry["Name"] == _untranslated(root, "name")
    # Both name the themed icon installed as <app id>.svg, not a file path.
    assert entry["Icon"] == _untranslated(root, "icon[@type='stock']") == APP_ID
    assert (REPO / "resources" / "marginalia.svg").is_file()
    desktop_categories = {c for c in entry["Categories"].split(";") if c}
    assert desktop_categories == {c.text for c in root.findall("categories/category")}


def test_the_launcher_runs_the_installed_command() -> None:
    entry = _desktop_entry()
    command = entry["Exec"].split()[0]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert command in scripts
    assert command == _untranslated(_metainfo(), "provides/binary")


def test_marginalia_links_open_the_app() -> None:
    """Exported notes carry marginalia://open/… links; the desktop hands them to Marginalia."""
    entry = _desktop_entry()
    assert "x-scheme-handler/marginalia" in entry["MimeType"].split(";")
    assert "%u" in entry["Exec"].split() or "%U" in entry["Exec"].split()


def test_the_window_names_the_desktop_file(qapp: object) -> None:
    """Wayland docks and GNOME find the launcher (its icon and name) by this id."""
    from reader.ui.startup.app import create_application

    assert create_application().desktopFileName() == APP_ID
