"""The Settings window: connection and proxy, uploads, appearance, behaviour."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from api_client import ConfigurationError, normalize_base_url

from .store import Settings

THEME_CHOICES = (("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
                 ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
                 ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")))
PROXY_CHOICES = (("system", QT_TRANSLATE_NOOP("SettingsDialog", "Use the system's proxy settings")),
                 ("none", QT_TRANSLATE_NOOP("SettingsDialog", "No proxy")),
                 ("manual", QT_TRANSLATE_NOOP("SettingsDialog", "Manual proxy")))
UPDATE_CHANNELS = (("stable", QT_TRANSLATE_NOOP("SettingsDialog", "Stable")),
                   ("beta", QT_TRANSLATE_NOOP("SettingsDialog", "Beta (earlier, less tested)")))

#: The ``language`` setting's choices; each language is named in itself.
LANGUAGE_CHOICES = (("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
                    ("en", QT_TRANSLATE_NOOP("SettingsDialog", "English")),
                    ("es", QT_TRANSLATE_NOOP("SettingsDialog", "Español")))

MANAGED_TEXT = QT_TRANSLATE_NOOP("SettingsDialog", "Set by your organisation")
#: Set on a control whose setting the organisation's policy locks: nothing enables it again.
MANAGED_PROPERTY = "ticketpros_managed"


def is_managed(widget: QWidget) -> bool:
    return bool(widget.property(MANAGED_PROPERTY))


def mark_managed(widget: QWidget) -> None:
    """Grey a control whose setting the organisation's policy locks, with "Set by your
    organisation" under it (in the form that holds it), as its tooltip and its accessible
    description."""
    text = QCoreApplication.translate("SettingsDialog", MANAGED_TEXT)
    widget.setProperty(MANAGED_PROPERTY, True)
    widget.setEnabled(False)
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)
    for form in widget.window().findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(widget)
        if row >= 0:
            note = QLabel(text)
            note.setObjectName("Muted")
            note.setAccessibleName(text)
            note.setProperty("ticketpros_managed_note", True)
            form.insertRow(row + 1, "", note)
            return


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` after ``accept()``."""

    def __init__(self, settings: Settings, *, proxy_in_use: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(600)
        self._original = settings
        #: Each setting's control, by the setting's name (a policy greys the locked ones).
        self.setting_widgets: dict[str, QWidget] = {}

        # -- connection ------------------------------------------------------
        self.server_edit = QLineEdit(settings.server_url)
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.proxy_buttons = QButtonGroup(self)
        self.proxy_choice = QWidget()
        proxy_box = QVBoxLayout(self.proxy_choice)
        proxy_box.setContentsMargins(0, 0, 0, 0)
        for mode, label in PROXY_CHOICES:
            button = QRadioButton(self.tr(label))
            button.setAccessibleName(self.tr(label))
            button.setProperty("mode", mode)
            button.setChecked(settings.proxy_mode == mode)
            self.proxy_buttons.addButton(button)
            proxy_box.addWidget(button)
        self.proxy_url_edit = QLineEdit(settings.proxy_url)
        self.proxy_url_edit.setPlaceholderText("http://proxy.example.com:8080")
        self.proxy_url_edit.setAccessibleName(self.tr("Proxy address"))
        self.proxy_exclusions_edit = QLineEdit(settings.proxy_exclusions)
        self.proxy_exclusions_edit.setPlaceholderText(self.tr("intranet.example.com, .local"))
        self.proxy_exclusions_edit.setAccessibleName(self.tr("Hosts reached without the proxy"))
        self.proxy_status = QLabel(
            self.tr("Now: through {proxy}").format(proxy=proxy_in_use) if proxy_in_use
            else self.tr("Now: direct connection (no proxy)")
        )
        self.proxy_status.setObjectName("Muted")
        self.proxy_buttons.buttonToggled.connect(lambda *_: self._update_enabled())

        connection = QGroupBox(self.tr("Connection"))
        form = QFormLayout(connection)
        form.addRow(self.tr("&Server"), self.server_edit)
        form.addRow(self.tr("Proxy"), self.proxy_choice)
        form.addRow(self.tr("Proxy &address"), self.proxy_url_edit)
        form.addRow(self.tr("&Bypass for"), self.proxy_exclusions_edit)
        form.addRow("", self.proxy_status)

        # -- uploads ---------------------------------------------------------
        self.concurrency_spin = QSpinBox()
        self.concurrency_spin.setRange(1, 8)
        self.concurrency_spin.setValue(settings.upload_concurrency)
        self.concurrency_spin.setAccessibleName(self.tr("Files uploaded at the same time"))
        self.concurrency_spin.setToolTip(
            self.tr("Applies when you press OK; files already being sent finish first."))
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, 1_000_000)
        self.limit_spin.setSingleStep(256)
        self.limit_spin.setSuffix(self.tr(" KiB/s"))
        self.limit_spin.setSpecialValueText(self.tr("No limit"))
        self.limit_spin.setValue(settings.upload_limit_kib)
        self.limit_spin.setAccessibleName(self.tr("Upload bandwidth limit"))
        self.limit_spin.setToolTip(
            self.tr("The most all uploads together may use; applies at once, also to files being sent."))
        uploads = QGroupBox(self.tr("Uploads"))
        form = QFormLayout(uploads)
        form.addRow(self.tr("Files at the &same time"), self.concurrency_spin)
        form.addRow(self.tr("Bandwidth &limit"), self.limit_spin)

        # -- appearance and behaviour -----------------------------------------
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for value, label in THEME_CHOICES:
            self.theme_combo.addItem(self.tr(label), value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.notifications_check = QCheckBox(self.tr("Show desktop notifications"))
        self.notifications_check.setAccessibleName(self.tr("Show desktop notifications"))
        self.notifications_check.setChecked(settings.notifications)
        self.minimised_check = QCheckBox(self.tr("Start minimised to the tray"))
        self.minimised_check.setAccessibleName(self.tr("Start minimised to the tray"))
        self.minimised_check.setChecked(settings.start_minimised)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.minimised_check.setEnabled(False)
            self.minimised_check.setToolTip(self.tr("This desktop has no system tray."))
        general = QGroupBox(self.tr("Appearance and behaviour"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Theme"), self.theme_combo)
        form.addRow("", self.notifications_check)
        form.addRow("", self.minimised_check)

        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorText")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Settings problem"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        watched = self._build_watch_group(settings)
        updates = self._build_updates_group(settings)

        # Tabs: every group at once would be taller than a 1080p screen at 200 %.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for title, groups in ((self.tr("Connection"), (connection,)),
                              (self.tr("Uploads"), (uploads, watched)),
                              (self.tr("General"), (general, self._build_language_group(settings), updates))):
            page = QWidget()
            column = QVBoxLayout(page)
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        for widget in (self.tabs, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.setting_widgets.update({
            "server_url": self.server_edit, "proxy_mode": self.proxy_choice, "proxy_url": self.proxy_url_edit,
            "proxy_exclusions": self.proxy_exclusions_edit, "upload_concurrency": self.concurrency_spin,
            "upload_limit_kib": self.limit_spin, "theme": self.theme_combo,
            "notifications": self.notifications_check, "start_minimised": self.minimised_check,
        })
        self._mark_managed_settings()
        self._update_enabled()
        self._result: Settings | None = None

    def _build_language_group(self, settings: Settings) -> QGroupBox:
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for value, label in LANGUAGE_CHOICES:
            self.language_combo.addItem(self.tr(label), value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.setting_widgets["language"] = self.language_combo
        note = QLabel(self.tr("A new language applies the next time you start the app."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        label = QLabel(self.tr("La&nguage"))
        label.setBuddy(self.language_combo)
        group = QGroupBox(self.tr("Language"))
        row = QHBoxLayout(group)  # one row: the dialog must still fit a 1080p screen at 200 %
        row.addWidget(label)
        row.addWidget(self.language_combo)
        row.addWidget(note, 1)
        return group

    def _mark_managed_settings(self) -> None:
        """Every control of a setting the organisation locks: greyed, "Set by your organisation"."""
        for name in sorted(self._original.locked):
            widget = self.setting_widgets.get(name)
            if widget is not None:
                mark_managed(widget)

    def _build_watch_group(self, settings: Settings) -> QGroupBox:
        """Watched folders (feat/watch): their list with Add…, Edit…, Remove."""
        from .watched import WatchedFoldersEditor

        self.watched_editor = WatchedFoldersEditor(settings.watched())
        self.setting_widgets["watched_folders"] = self.watched_editor
        group = QGroupBox(self.tr("Watched folders"))
        box = QVBoxLayout(group)
        box.addWidget(self.watched_editor)
        return group

    def _build_updates_group(self, settings: Settings) -> QGroupBox:
        self.updates_check = QCheckBox(self.tr("Check for updates automatically"))
        self.updates_check.setAccessibleName(self.tr("Check for updates automatically"))
        self.updates_check.setToolTip(self.tr("At start and once a day; updates are signed and verified "
                                              "before they are installed, and you choose when to restart."))
        self.updates_check.setChecked(settings.updates_enabled)
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName(self.tr("Update channel"))
        for value, label in UPDATE_CHANNELS:
            self.channel_combo.addItem(self.tr(label), value)
        if self.channel_combo.findData(settings.update_channel) < 0:  # e.g. one set by an organisation
            self.channel_combo.addItem(settings.update_channel, settings.update_channel)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(settings.update_channel))
        group = QGroupBox(self.tr("Updates"))
        form = QFormLayout(group)
        form.addRow("", self.updates_check)
        form.addRow(self.tr("&Channel"), self.channel_combo)
        self.setting_widgets["updates_enabled"] = self.updates_check
        self.setting_widgets["update_channel"] = self.channel_combo
        return group

    def _collect_updates(self, settings: Settings) -> Settings:
        return dataclasses.replace(settings, updates_enabled=self.updates_check.isChecked(),
                                   update_channel=self.channel_combo.currentData())

    def _proxy_mode(self) -> str:
        checked = self.proxy_buttons.checkedButton()
        return checked.property("mode") if checked else "system"

    def _update_enabled(self) -> None:
        manual = self._proxy_mode() == "manual"
        self.proxy_url_edit.setEnabled(manual and not is_managed(self.proxy_url_edit))
        self.proxy_exclusions_edit.setEnabled(manual and not is_managed(self.proxy_exclusions_edit))

    def _collect(self) -> Settings:
        return dataclasses.replace(
            self._original,
            server_url=self.server_edit.text().strip(),
            proxy_mode=self._proxy_mode(),
            proxy_url=self.proxy_url_edit.text().strip(),
            proxy_exclusions=self.proxy_exclusions_edit.text().strip(),
            upload_concurrency=self.concurrency_spin.value(),
            upload_limit_kib=self.limit_spin.value(),
            theme=self.theme_combo.currentData(),
            notifications=self.notifications_check.isChecked(),
            start_minimised=self.minimised_check.isChecked(),
            language=self.language_combo.currentData(),
            watched_folders=[folder.to_dict() for folder in self.watched_editor.folders()],
        )

    def accept(self) -> None:
        candidate = self._collect_updates(self._collect())
        try:
            candidate.server_url = normalize_base_url(candidate.server_url)
            candidate.proxy()  # validates a manual proxy address
        except ConfigurationError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.tabs.setCurrentIndex(0)  # both addresses are on the Connection tab
            return
        self._result = candidate
        super().accept()

    def result_settings(self) -> Settings | None:
        return self._result
