# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(560, 340)
        self.layout = QVBoxLayout(ReviewDialog)
        self.layout.setObjectName(u"layout")
        self.findingLabel = QLabel(ReviewDialog)
        self.findingLabel.setObjectName(u"findingLabel")
        self.findingLabel.setText(u"")
        self.findingLabel.setWordWrap(True)
        self.findingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.findingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusLabel = QLabel(ReviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ReviewDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.commentLabel = QLabel(ReviewDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(ReviewDialog)
        self.commentEdit.setObjectName(u"commentEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(ReviewDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)
        self.buttonBox.accepted.connect(ReviewDialog.accept)
        self.buttonBox.rejected.connect(ReviewDialog.reject)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review of a finding", None))
        self.statusLabel.setText(QCoreApplication.translate("ReviewDialog", u"Decision:", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewDialog", u"Comment:", None))
        self.hintLabel.setText(QCoreApplication.translate("ReviewDialog", u"The value stays as the office sent it. Say what was checked, or what the office is asked to correct.", None))
    # retranslateUi

