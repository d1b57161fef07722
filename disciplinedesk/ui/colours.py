"""The colours of what the handbook says, by severity: one set for a light window, one for
a dark one, each readable on its background (above 4.5:1). A module of its own, light, so
that the first window's error labels need nothing of the findings' machinery."""

LIGHT = {
    "block": "#b3261e",
    "required": "#8a4b00",
    "consult": "#1f5fa8",
    "warning": "#7a5d00",
    "info": "#4d5660",
    "cite": "#555555",
}
DARK = {
    "block": "#ff8a80",
    "required": "#ffb74d",
    "consult": "#82b1ff",
    "warning": "#ffe082",
    "info": "#b0bec5",
    "cite": "#aaaaaa",
}
