# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_year_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QWidget)

class Ui_AddYearDialog(object):
    def setupUi(self, AddYearDialog):
        if not AddYearDialog.objectName():
            AddYearDialog.setObjectName(u"AddYearDialog")
        AddYearDialog.resize(420, 180)
        self.formLayout = QFormLayout(AddYearDialog)
        self.formLayout.setObjectName(u"formLayout")
        self.yearLabel = QLabel(AddYearDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(AddYearDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2024)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.deadlineCheck = QCheckBox(AddYearDialog)
        self.deadlineCheck.setObjectName(u"deadlineCheck")
        self.deadlineCheck.setChecked(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deadlineCheck)

        self.deadlineEdit = QDateEdit(AddYearDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.hintLabel = QLabel(AddYearDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.hintLabel)

        self.buttonBox = QDialogButtonBox(AddYearDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddYearDialog)
        self.buttonBox.accepted.connect(AddYearDialog.accept)
        self.buttonBox.rejected.connect(AddYearDialog.reject)

        QMetaObject.connectSlotsByName(AddYearDialog)
    # setupUi

    def retranslateUi(self, AddYearDialog):
        AddYearDialog.setWindowTitle(QCoreApplication.translate("AddYearDialog", u"Add a reporting year", None))
        self.yearLabel.setText(QCoreApplication.translate("AddYearDialog", u"Reporting year:", None))
        self.deadlineCheck.setText(QCoreApplication.translate("AddYearDialog", u"Deadline:", None))
        self.hintLabel.setText(QCoreApplication.translate("AddYearDialog", u"Rule 9: the answers are due one month after the request unless it sets another deadline.", None))
    # retranslateUi

