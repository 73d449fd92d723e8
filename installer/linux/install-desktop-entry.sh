#!/bin/sh
# Adds Ticket Pros to this person's applications menu, pointing at this folder
# (run it again after moving the folder). Nothing outside ~/.local is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/512x512/apps"
mkdir -p "$apps" "$icons"
cp "$here/ticketpros.png" "$icons/ticketpros.png"
sed "s|^Exec=.*|Exec=\"$here/ticketpros\"|" "$here/ticketpros.desktop" > "$apps/ticketpros.desktop"
echo "Ticket Pros added to the applications menu ($apps/ticketpros.desktop)."
