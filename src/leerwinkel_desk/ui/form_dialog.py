"""The keys every form answers the same way: Enter saves (also from a combo box, editable or not),
Ctrl+Enter saves from a multi-line field, and Escape asks before it throws typed text away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.ui.design.style import align_form_labels
from leerwinkel_desk.ui.feedback import ErrorLabel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_FIELD = "searchField"        # the property `mark_as_search` sets


class FormDialog(QDialog):
    """Base of the forms that save something. The save button is the dialog's default button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys_ready = False
        self.first_field: QWidget | None = None     # set by a form: the field its typing starts in
        save = QAction(self)
        save.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save.triggered.connect(self.save_by_keyboard)
        self.addAction(save)

    def lay_out(self, form: QFormLayout, save_text: str) -> QDialogButtonBox:
        """The usual form: its fields, the error line under them, then Save (`save_text`) and Cancel;
        Save calls the subclass's `save`. Sets `self.error`; returns the buttons for further tuning."""
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        return buttons

    def save(self) -> None:
        raise NotImplementedError           # every form saves in its own way

    def default_button(self) -> QPushButton | None:
        """The button Enter presses: the one marked default, else the button box's accepting one."""
        buttons = [b for b in self.findChildren(QPushButton) if b.isVisibleTo(self) and b.isEnabled()]
        marked = [b for b in buttons if b.isDefault()]
        if marked:
            return marked[0]
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if (box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled()
                        and isinstance(button, QPushButton)):
                    return button
        return None

    def save_by_keyboard(self) -> None:
        button = self.default_button()
        if button is not None:
            button.click()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._keys_ready:                # every combo exists by now; an editable one eats Enter
            for combo in self.findChildren(QComboBox):
                if combo.isEditable():          # the combo hands its keys to its line edit directly
                    combo.installEventFilter(self)
            self._keys_ready = True
            align_form_labels(self)
            if self.first_field is not None:    # typing starts where the person types first
                self.first_field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in ENTER_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            completer = watched.completer() if isinstance(watched, QComboBox) else None
            popup = completer.popup() if completer is not None else None
            if popup is None or not popup.isVisible():
                self.save_by_keyboard()
                return True
        return super().eventFilter(watched, event)

    def mark_as_search(self, *fields: QLineEdit) -> None:
        """Fields that only look things up (a search, a filter): what is typed there is no work to lose."""
        for field in fields:
            field.setProperty(SEARCH_FIELD, True)

    def typed_text(self) -> bool:
        """Has the person typed anything that saving would keep? (Not in a search field: `mark_as_search`.)"""
        for field in self.findChildren(QLineEdit):
            if field.isModified() and field.text().strip() and not field.isReadOnly() \
                    and field.echoMode() == QLineEdit.EchoMode.Normal and not isinstance(field.parent(), QComboBox) \
                    and not field.property(SEARCH_FIELD):
                return True
        edits: list[QPlainTextEdit | QTextEdit] = [*self.findChildren(QPlainTextEdit), *self.findChildren(QTextEdit)]
        return any(edit.document().isModified() and edit.toPlainText().strip() for edit in edits
                   if not edit.isReadOnly())

    def forget_typing(self) -> None:
        """What the fields hold now is kept already (just saved, or read from what is kept): nothing typed to
        lose. A time or number field's own line stays "modified" after a save (a zitdag saved, Escape asked
        about unsaved typing)."""
        for field in self.findChildren(QLineEdit):
            field.setModified(False)
        edits: list[QPlainTextEdit | QTextEdit] = [*self.findChildren(QPlainTextEdit), *self.findChildren(QTextEdit)]
        for edit in edits:
            edit.document().setModified(False)

    def keeps_typing_elsewhere(self) -> bool:
        """True for forms that keep what was typed as a draft, so closing loses nothing."""
        return False

    def keeps_drafts(self) -> bool:
        """True for forms that keep what was typed as a draft of their own (`save_draft`) when the desk locks,
        something crashes, or a colleague signs the person out from the lock screen (ui/crash.py keep_open_work)."""
        return False

    def has_typing(self) -> bool:
        """Is there typing a draft would keep (or closing would lose)?"""
        return self.typed_text()

    def save_draft(self) -> bool:
        """Keep what was typed as a draft; whether it is kept now (a form that `keeps_drafts` says how)."""
        return False

    def reject(self) -> None:
        if self.isVisible() and self.typed_text() and not self.keeps_typing_elsewhere():
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              self.tr("Wat u typte is nog niet bewaard. Toch sluiten en het weggooien?"),
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Weggooien"))   # each its Alt letter
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Verder &typen"))
            if box.exec() != QMessageBox.StandardButton.Discard:
                return
        super().reject()
