#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the bundled Dailies icon themes from the drawings below.

Every icon is drawn once on a 16x16 grid with 1.5px round strokes. The script writes two freedesktop themes:
`dailies` (dark strokes, for light palettes) and `dailies-dark` (light strokes, for dark palettes; it inherits
`dailies` for the colour icons that read on both), plus `icons.cmake`, the explicit file list that the Qt resource
in src/widgets/CMakeLists.txt compiles. Run it after changing a drawing and commit its output:

    python3 resources/icons/generate.py
"""

import math
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

# Palette per theme: the stroke colour for monochrome icons and the accents for status icons.
PALETTES = {
    "dailies": {
        "ink": "#424a53",
        "blue": "#0969da",
        "green": "#1a7f37",
        "amber": "#d4a72c",
        "red": "#cf222e",
        "violet": "#8250df",
        "gold": "#d4a72c",
        "on": "#ffffff",
        "onAmber": "#24292f",
    },
    "dailies-dark": {
        "ink": "#c9d1d9",
        "blue": "#4493f8",
        "green": "#3fb950",
        "amber": "#d29922",
        "red": "#f85149",
        "violet": "#a371f7",
        "gold": "#e3b341",
        "on": "#ffffff",
        "onAmber": "#1f2328",
    },
}

STROKE = 'fill="none" stroke="{ink}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"'
FILL = 'fill="{ink}" stroke="{ink}" stroke-width="1" stroke-linejoin="round"'


def stroked(d, colour="{ink}"):
    return f'<path d="{d}" {STROKE.replace("{ink}", colour)}/>'


def filled(d, colour="{ink}"):
    return f'<path d="{d}" {FILL.replace("{ink}", colour)}/>'


def dot(cx, cy, r, colour="{ink}"):
    return f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{colour}"/>'


def fmt(v):
    return f"{v:.2f}".rstrip("0").rstrip(".")


def polygon(points):
    return "M" + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in points) + "Z"


def star(cx, cy, outer, inner, points=5, rotation=-90):
    pts = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = math.radians(rotation + i * 180 / points)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return polygon(pts)


def gear(cx, cy, outer, inner, teeth=8):
    """A gear outline: flat-topped teeth between two radii."""
    pts = []
    step = 2 * math.pi / teeth
    half_top = step * 0.2
    half_root = step * 0.32
    for i in range(teeth):
        a = i * step - math.pi / 2
        for ang, r in ((a - half_root, inner), (a - half_top, outer), (a + half_top, outer), (a + half_root, inner)):
            pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    return polygon(pts)


def sparkle(cx, cy, r, k=0.22):
    """A four-pointed sparkle with curved sides; k sets how pinched the waist is."""
    w = r * k
    return (
        f"M{fmt(cx)} {fmt(cy - r)}"
        f"Q{fmt(cx + w)} {fmt(cy - w)} {fmt(cx + r)} {fmt(cy)}"
        f"Q{fmt(cx + w)} {fmt(cy + w)} {fmt(cx)} {fmt(cy + r)}"
        f"Q{fmt(cx - w)} {fmt(cy + w)} {fmt(cx - r)} {fmt(cy)}"
        f"Q{fmt(cx - w)} {fmt(cy - w)} {fmt(cx)} {fmt(cy - r)}Z"
    )


TRASH = [
    stroked("M2.75 4.25h10.5"),
    stroked("M6 4.25V2.75h4v1.5"),
    stroked("M4 4.25l.7 8.6a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9l.7-8.6"),
    stroked("M6.75 7v4M9.25 7v4"),
]
FOLDER_OPEN = [
    stroked("M2.25 12.25V3.75a1 1 0 0 1 1-1h3l1.5 1.75h4.5a1 1 0 0 1 1 1v1.25"),
    stroked("M2.25 12.25l1.8-4.9a1 1 0 0 1 .94-.6h9.26l-2 5.6a1 1 0 0 1-.94.65H2.25z"),
]
GEAR = [stroked(gear(8, 8, 6.5, 4.9)), f'<circle cx="8" cy="8" r="1.9" {STROKE}/>']
SERVER = [
    '<rect x="2.25" y="2.25" width="11.5" height="5" rx="1.25" ' + STROKE + "/>",
    '<rect x="2.25" y="8.75" width="11.5" height="5" rx="1.25" ' + STROKE + "/>",
    dot(5, 4.75, 1),
    dot(5, 11.25, 1),
]
KEYBOARD = [
    '<rect x="1.75" y="3.75" width="12.5" height="8.5" rx="1.25" ' + STROKE + "/>",
    dot(4.5, 6.5, 0.85),
    dot(6.83, 6.5, 0.85),
    dot(9.17, 6.5, 0.85),
    dot(11.5, 6.5, 0.85),
    stroked("M5.5 9.5h5"),
]
INFO_OUTLINE = [f'<circle cx="8" cy="8" r="6.25" {STROKE}/>', stroked("M8 7.5v3.75"), dot(8, 5, 1)]
SLIDERS = [
    stroked("M2.25 4h3.5M9.25 4h4.5"),
    f'<circle cx="7.5" cy="4" r="1.75" {STROKE}/>',
    stroked("M2.25 12h6.5M12.25 12h1.5"),
    f'<circle cx="10.5" cy="12" r="1.75" {STROKE}/>',
    stroked("M2.25 8h1M6.75 8h7"),
    f'<circle cx="5" cy="8" r="1.75" {STROKE}/>',
]
GRID = [
    '<rect x="2.25" y="2.25" width="4.5" height="4.5" rx="1" ' + STROKE + "/>",
    '<rect x="9.25" y="2.25" width="4.5" height="4.5" rx="1" ' + STROKE + "/>",
    '<rect x="2.25" y="9.25" width="4.5" height="4.5" rx="1" ' + STROKE + "/>",
    '<rect x="9.25" y="9.25" width="4.5" height="4.5" rx="1" ' + STROKE + "/>",
]

QUESTION = "M6.25 6.25a1.75 1.75 0 1 1 2.6 1.53c-.5.3-.85.7-.85 1.3v.4"
EYE = "M1.75 8s2.25-4.5 6.25-4.5S14.25 8 14.25 8s-2.25 4.5-6.25 4.5S1.75 8 1.75 8z"
TRAY = "M2.5 10.75v1.5a1.5 1.5 0 0 0 1.5 1.5h8a1.5 1.5 0 0 0 1.5-1.5v-1.5"
STAR_FILLED = (
    f'<path d="{star(8, 8.4, 6.6, 2.9)}" fill="{{gold}}" stroke="{{gold}}" stroke-width="1.25" stroke-linejoin="round"/>'
)

STAR_OUTLINE = f'<path d="{star(8, 8.4, 6.4, 2.8)}" ' + STROKE.replace('"1.5"', '"1.25"') + "/>"

# name -> (context directory, drawing). Drawings are lists of SVG elements using {ink}, {blue}, ... placeholders.
ICONS = {
    # Playback
    "media-playback-start": ("actions", [filled("M5 3.25v9.5l7.5-4.75z")]),
    "media-playback-pause": (
        "actions",
        [
            '<rect x="3.75" y="3" width="3" height="10" rx="0.75" fill="{ink}"/>',
            '<rect x="9.25" y="3" width="3" height="10" rx="0.75" fill="{ink}"/>',
        ],
    ),
    "media-playback-stop": ("actions", ['<rect x="3.5" y="3.5" width="9" height="9" rx="1.5" fill="{ink}"/>']),
    "media-skip-backward": ("actions", [stroked("M3.75 3.5v9"), filled("M12.5 3.75v8.5L6.25 8z")]),
    "media-skip-forward": ("actions", [stroked("M12.25 3.5v9"), filled("M3.5 3.75v8.5L9.75 8z")]),
    "media-seek-backward": ("actions", [filled("M7.75 4v8L2 8z"), filled("M14 4v8L8.25 8z")]),
    "media-seek-forward": ("actions", [filled("M2 4v8l5.75-4z"), filled("M8.25 4v8L14 8z")]),
    "media-playlist-repeat": (
        "actions",
        [
            stroked("M2.75 7.5V6.25a2 2 0 0 1 2-2h8.5"),
            stroked("M11 2l2.25 2.25L11 6.5"),
            stroked("M13.25 8.5v1.25a2 2 0 0 1-2 2h-8.5"),
            stroked("M5 9.5l-2.25 2.25L5 14"),
        ],
    ),
    "media-playlist-shuffle": (
        "actions",
        [
            stroked("M2 4.5h2.25c2.75 0 4.75 7 7.5 7h2"),
            stroked("M2 11.5h2.25c2.75 0 4.75-7 7.5-7h2"),
            stroked("M12 2.5l2 2-2 2"),
            stroked("M12 9.5l2 2-2 2"),
        ],
    ),
    "bookmarks": (
        "actions",
        [stroked("M4.5 2.25h7a.75.75 0 0 1 .75.75v10.75L8 10.75l-4.25 3V3a.75.75 0 0 1 .75-.75z")],
    ),
    "document-open-recent": (
        "actions",
        ['<circle cx="8" cy="8" r="5.75" ' + STROKE + "/>", stroked("M8 4.75V8l2.25 1.5")],
    ),
    "media-record": ("actions", ['<circle cx="8" cy="8" r="5" fill="{red}"/>']),
    "dailies-generate": (
        "actions",
        [
            f'<path d="{sparkle(6.75, 9.25, 5.75, 0.2)}" fill="{{violet}}"/>',
            f'<path d="{sparkle(12.5, 3.5, 2.75, 0.2)}" fill="{{violet}}"/>',
        ],
    ),
    "camera-video": (
        "status",
        [
            '<rect x="1.75" y="4" width="8.75" height="8" rx="1.5" ' + STROKE + "/>",
            stroked("M10.5 7l3.75-2v6l-3.75-2"),
        ],
    ),
    "image-x-generic": (
        "status",
        [
            '<rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" ' + STROKE + "/>",
            stroked("M2 12l3.75-4 3.25 3.25 1.75-1.75 3.25 3"),
            dot(10.75, 6, 1.25),
        ],
    ),
    "audio-volume-high": (
        "status",
        [
            stroked("M2.25 6.25h2L7.5 3.5v9L4.25 9.75h-2z"),
            stroked("M10 6a2.75 2.75 0 0 1 0 4"),
            stroked("M12 4a5.5 5.5 0 0 1 0 8"),
        ],
    ),
    "audio-volume-muted": (
        "status",
        [stroked("M2.25 6.25h2L7.5 3.5v9L4.25 9.75h-2z"), stroked("M10.25 6l3.5 4M13.75 6l-3.5 4")],
    ),
    # Views
    "view-fullscreen": ("actions", [stroked("M2.75 6.25v-3.5h3.5M9.75 2.75h3.5v3.5M13.25 9.75v3.5h-3.5M6.25 13.25h-3.5v-3.5")]),
    "view-restore": ("actions", [stroked("M6.25 2.75v3.5h-3.5M9.75 2.75v3.5h3.5M13.25 9.75h-3.5v3.5M2.75 9.75h3.5v3.5")]),
    "view-list-details": (
        "actions",
        [dot(3.25, 4, 1.1), dot(3.25, 8, 1.1), dot(3.25, 12, 1.1), stroked("M6.5 4h7M6.5 8h7M6.5 12h7")],
    ),
    "view-list-icons": ("actions", GRID),
    "view-grid": ("actions", GRID),
    "view-refresh": ("actions", [stroked("M13.25 8a5.25 5.25 0 1 1-1.6-3.77"), stroked("M12.5 1.75v3h-3")]),
    "process-stop": ("actions", [f'<circle cx="8" cy="8" r="6.25" {STROKE}/>', stroked("M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5")]),
    # Editing
    "edit-find": ("actions", [f'<circle cx="6.75" cy="6.75" r="4.5" {STROKE}/>', stroked("M10.25 10.25l3.5 3.5")]),
    "edit-copy": (
        "actions",
        [
            stroked("M10.75 4.75v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1"),
            '<rect x="5.25" y="5.25" width="8.5" height="8.5" rx="1" ' + STROKE + "/>",
        ],
    ),
    "edit-paste": (
        "actions",
        [
            stroked("M10.75 3.25h1.5a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-8.5a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1.5"),
            '<rect x="5.75" y="1.75" width="4.5" height="3" rx="0.75" ' + STROKE + "/>",
        ],
    ),
    "edit-delete": ("actions", TRASH),
    "user-trash": ("status", TRASH),
    "edit-clear": (
        "actions",
        [
            stroked("M5.5 3.25h7.75a1 1 0 0 1 1 1v7.5a1 1 0 0 1-1 1H5.5L1.75 8z"),
            stroked("M8 6l3.5 4M11.5 6L8 10"),
        ],
    ),
    "edit-undo": ("actions", [stroked("M5.25 2.75L2.25 5.75l3 3"), stroked("M2.5 5.75h7a3.75 3.75 0 0 1 0 7.5H7")]),
    "edit-redo": ("actions", [stroked("M10.75 2.75l3 3-3 3"), stroked("M13.5 5.75h-7a3.75 3.75 0 0 0 0 7.5H9")]),
    "document-edit": ("actions", [stroked("M10.75 2.25l3 3-8 8h-3v-3z"), stroked("M9 4l3 3")]),
    "list-add": ("actions", [stroked("M8 2.75v10.5M2.75 8h10.5")]),
    "list-remove": ("actions", [stroked("M2.75 8h10.5")]),
    "window-close": ("actions", [stroked("M3.75 3.75l8.5 8.5M12.25 3.75l-8.5 8.5")]),
    "go-previous": ("actions", [stroked("M10 2.75L4.75 8 10 13.25")]),
    "go-next": ("actions", [stroked("M6 2.75L11.25 8 6 13.25")]),
    # Files
    "document-new": (
        "actions",
        [
            stroked("M9 1.75H4.25a1 1 0 0 0-1 1v10.5a1 1 0 0 0 1 1h7.5a1 1 0 0 0 1-1V5.5z"),
            stroked("M9 1.75V5.5h3.75"),
            stroked("M8 8v4M6 10h4"),
        ],
    ),
    "document-open": ("actions", FOLDER_OPEN),
    "folder-open": ("status", FOLDER_OPEN),
    "document-save": (
        "actions",
        [
            stroked("M2.75 3.75a1 1 0 0 1 1-1h7.5l2 2v7.5a1 1 0 0 1-1 1h-8.5a1 1 0 0 1-1-1z"),
            stroked("M5.25 2.75v3h5v-3"),
            stroked("M4.75 13.25v-4h6.5v4"),
        ],
    ),
    "document-save-as": (
        "actions",
        [stroked("M8 2v8.25"), stroked("M4.75 7 8 10.25 11.25 7"), stroked(TRAY)],
    ),
    "document-properties": ("actions", SLIDERS),
    "configure": ("actions", GEAR),
    "preferences-system": ("actions", GEAR),
    "application-exit": (
        "actions",
        [
            stroked("M6.25 2.75h-2.5a1 1 0 0 0-1 1v8.5a1 1 0 0 0 1 1h2.5"),
            stroked("M6.75 8h6.75"),
            stroked("M10.75 5.25L13.5 8l-2.75 2.75"),
        ],
    ),
    # Help
    "help-about": ("actions", INFO_OUTLINE),
    "help-keyboard-shortcuts": ("actions", KEYBOARD),
    "input-keyboard": ("status", KEYBOARD),
    # Marks
    "emblem-favorite": ("status", [STAR_FILLED]),
    "tag": ("status", [stroked("M2.25 3.25v4.1a1 1 0 0 0 .3.7l5.9 5.9a1 1 0 0 0 1.4 0l4.1-4.1a1 1 0 0 0 0-1.4l-5.9-5.9a1 1 0 0 0-.7-.3h-4.1a1 1 0 0 0-1 1z"), dot(5.5, 5.5, 1.1)]),
    "emblem-ok": ("status", ['<circle cx="8" cy="8" r="6.75" fill="{green}"/>', stroked("M5 8.25l2 2 4-4.25", "{on}")]),
    "dialog-information": ("status", ['<circle cx="8" cy="8" r="6.75" fill="{blue}"/>', stroked("M8 7.25v4", "{on}"), dot(8, 4.75, 1, "{on}")]),
    "dialog-error": ("status", ['<circle cx="8" cy="8" r="6.75" fill="{red}"/>', stroked("M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5", "{on}")]),
    "dialog-warning": (
        "status",
        [
            '<path d="M8 1.75l6.5 11.5H1.5z" fill="{amber}" stroke="{amber}" stroke-width="1.5" stroke-linejoin="round"/>',
            stroked("M8 5.75v3.5", "{onAmber}"),
            dot(8, 11.25, 0.95, "{onAmber}"),
        ],
    ),
    "dialog-question": (
        "status",
        ['<circle cx="8" cy="8" r="6.75" fill="{blue}"/>', stroked(QUESTION, "{on}"), dot(8, 11.5, 0.95, "{on}")],
    ),
    "help-contents": ("actions", [f'<circle cx="8" cy="8" r="6.25" {STROKE}/>', stroked(QUESTION), dot(8, 11.5, 0.95)]),
    "appointment-soon": ("status", [f'<circle cx="8" cy="8" r="6.25" {STROKE}/>', stroked("M8 4.75V8l2.25 1.5")]),
    "view-visible": ("actions", [stroked(EYE), f'<circle cx="8" cy="8" r="2" {STROKE}/>']),
    "view-hidden": ("actions", [stroked("M1.75 6.5s2.25 3.75 6.25 3.75 6.25-3.75 6.25-3.75"), stroked("M4.25 9.25l-1.25 1.75M8 10.25v2.25M11.75 9.25l1.25 1.75")]),
    "starred": ("status", [STAR_FILLED]),
    "non-starred": ("status", [STAR_OUTLINE]),
    "go-up": ("actions", [stroked("M2.75 10.5L8 5.25l5.25 5.25")]),
    "go-down": ("actions", [stroked("M2.75 5.5L8 10.75l5.25-5.25")]),
    "zoom-in": ("actions", [f'<circle cx="6.75" cy="6.75" r="4.5" {STROKE}/>', stroked("M10.25 10.25l3.5 3.5"), stroked("M4.75 6.75h4M6.75 4.75v4")]),
    "zoom-out": ("actions", [f'<circle cx="6.75" cy="6.75" r="4.5" {STROKE}/>', stroked("M10.25 10.25l3.5 3.5"), stroked("M4.75 6.75h4")]),
    "dialog-password": (
        "status",
        [f'<circle cx="4.75" cy="8" r="2.75" {STROKE}/>', stroked("M7.5 8h6.5M12.75 8v2.75M10.25 8v2")],
    ),
    "document-export": (
        "actions",
        [stroked("M8 10V2"), stroked("M4.75 5.25L8 2l3.25 3.25"), stroked(TRAY)],
    ),
    "network-server": ("status", SERVER),
    "network-offline": (
        "status",
        [
            '<rect x="2.25" y="2.25" width="11.5" height="5" rx="1.25" ' + STROKE + "/>",
            stroked("M8 13.75H3.5a1.25 1.25 0 0 1-1.25-1.25V10a1.25 1.25 0 0 1 1.25-1.25H8"),
            dot(5, 4.75, 1),
            dot(5, 11.25, 1),
            '<circle cx="12" cy="12" r="3.75" fill="{red}"/>',
            stroked("M10.6 10.6l2.8 2.8M13.4 10.6l-2.8 2.8", "{on}").replace('stroke-width="1.5"', 'stroke-width="1.25"'),
        ],
    ),
    "image-missing": (
        "status",
        [
            '<rect x="2.25" y="2.25" width="11.5" height="11.5" rx="1.5" stroke-dasharray="2 2" ' + STROKE + "/>",
            stroked("M6 6l4 4M10 6l-4 4"),
        ],
    ),
}

def clip_x(points, lo, hi):
    """Clips a polygon to the vertical band lo <= x <= hi (Sutherland-Hodgman on two edges)."""
    for inside, edge in ((lambda p: p[0] >= lo, lo), (lambda p: p[0] <= hi, hi)):
        out = []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            if inside(cur) != inside(prev):
                t = (edge - prev[0]) / (cur[0] - prev[0])
                out.append((edge, prev[1] + t * (cur[1] - prev[1])))
            if inside(cur):
                out.append(cur)
        points = out
    return points


def stripes(top, bottom, left, right, period=11, width=5.5, slant=5):
    """White diagonal clapper stripes inside the box, clipped at its sides."""
    shapes = []
    x = left - slant
    while x < right:
        quad = [(x, bottom), (x + slant, top), (x + slant + width, top), (x + width, bottom)]
        quad = clip_x(quad, left, right)
        if len(quad) >= 3:
            shapes.append(polygon(quad))
        x += period
    return " ".join(shapes)


def clapperboard():
    """The application mark: a violet slate with a play triangle under a striped clapper arm, on a 64 grid."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">\n'
        f"{SPDX_XML}"
        "<defs>"
        '<linearGradient id="slate" x1="0" y1="0" x2="0" y2="1">'
        '<stop offset="0" stop-color="#8b7cff"/><stop offset="1" stop-color="#5b3fd9"/>'
        "</linearGradient>"
        "</defs>\n"
        '<rect x="5" y="26" width="54" height="33" rx="5" fill="url(#slate)"/>\n'
        '<path d="M5 31a5 5 0 0 1 5-5h44a5 5 0 0 1 5 5v5H5z" fill="#2b3038"/>\n'
        f'<path d="{stripes(26, 36, 8, 56)}" fill="#f6f8fa"/>\n'
        '<path d="M28 41.5v12l10.5-6z" fill="#ffffff" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"/>\n'
        '<g transform="rotate(-13 5 23.5)">'
        '<rect x="5" y="13.5" width="54" height="10" rx="2.5" fill="#2b3038" stroke="#8c959f" stroke-width="1.5"/>'
        f'<path d="{stripes(13.5, 23.5, 8, 56)}" fill="#f6f8fa"/>'
        "</g>\n"
        '<circle cx="8.5" cy="24.5" r="2" fill="#f6f8fa"/>\n'
        "</svg>\n"
    )


SPDX_XML = "<!-- SPDX-License-Identifier: GPL-3.0-or-later -->\n"

INDEX = """# SPDX-License-Identifier: GPL-3.0-or-later
# Written by generate.py.
[Icon Theme]
Name={name}
Comment={comment}
Inherits={inherits}
Directories=scalable/actions,scalable/status,scalable/apps

[scalable/actions]
Size=16
MinSize=8
MaxSize=512
Context=Actions
Type=Scalable

[scalable/status]
Size=16
MinSize=8
MaxSize=512
Context=Status
Type=Scalable

[scalable/apps]
Size=64
MinSize=8
MaxSize=512
Context=Applications
Type=Scalable
"""


def render(drawing, palette):
    body = "\n".join(drawing)
    for key, value in palette.items():
        body = body.replace("{" + key + "}", value)
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">\n{SPDX_XML}{body}\n</svg>\n'


def main():
    files = []
    for theme, palette in PALETTES.items():
        root = HERE / theme
        for sub in ("actions", "status", "apps"):
            (root / "scalable" / sub).mkdir(parents=True, exist_ok=True)
            for old in (root / "scalable" / sub).glob("*.svg"):
                old.unlink()
        dark = theme.endswith("-dark")
        (root / "index.theme").write_text(
            INDEX.format(
                name="Dailies Dark" if dark else "Dailies",
                comment="Dailies icons for dark palettes" if dark else "Dailies icons for light palettes",
                inherits="dailies,hicolor" if dark else "hicolor",
            )
        )
        files.append(f"{theme}/index.theme")
        for name, (context, drawing) in sorted(ICONS.items()):
            (root / "scalable" / context / f"{name}.svg").write_text(render(drawing, palette))
            files.append(f"{theme}/scalable/{context}/{name}.svg")
        if not dark:
            (root / "scalable" / "apps" / "app.dailies.Dailies.svg").write_text(clapperboard())
            files.append(f"{theme}/scalable/apps/app.dailies.Dailies.svg")
    cmake = ["# SPDX-License-Identifier: GPL-3.0-or-later", "# Written by generate.py: the bundled icon themes.",
             "set(DAILIES_ICON_FILES"]
    cmake += [f"    ${{CMAKE_CURRENT_LIST_DIR}}/{f}" for f in sorted(files)]
    cmake.append(")")
    (HERE / "icons.cmake").write_text("\n".join(cmake) + "\n")


if __name__ == "__main__":
    main()
