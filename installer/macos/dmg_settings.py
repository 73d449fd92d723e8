# dmgbuild settings for the macOS disk image: the app and a link to /Applications.
# Built by `./dev installers` on macOS after `./dev bundle`, that is:
#   dmgbuild -s installer/macos/dmg_settings.py -D app="dist/Ticket Pros.app" \
#            -D icon=build/icons/app.icns "Ticket Pros" dist/installers/TicketPros-<version>.dmg
# dmgbuild runs this file with `defines` (the -D values) in scope; see
# https://dmgbuild.readthedocs.io/en/latest/settings.html
import os.path

application = defines.get("app", "dist/Ticket Pros.app")  # noqa: F821 - given by dmgbuild
appname = os.path.basename(application)

# Compressed with zlib, readable by every supported macOS (11+).
format = defines.get("format", "UDZO")  # noqa: F821
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = defines.get("icon")  # noqa: F821 - the app's icon on the disk's
hide_extensions = [appname]

# A window with the app on the left and Applications on the right: drag one onto the other.
window_rect = ((200, 160), (560, 320))
default_view = "icon-view"
icon_size = 112
text_size = 13
icon_locations = {appname: (140, 150), "Applications": (420, 150)}
