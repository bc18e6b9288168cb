# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReturnDialog(object):
    def setupUi(self, ReturnDialog):
        if not ReturnDialog.objectName():
            ReturnDialog.setObjectName(u"ReturnDialog")
        ReturnDialog.resize(820, 480)
        self.layout = QVBoxLayout(ReturnDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ReturnDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.notesTable = QTableWidget(ReturnDialog)
        self.notesTable.setObjectName(u"notesTable")
        self.notesTable.setAlternatingRowColors(True)
        self.notesTable.setWordWrap(True)

        self.layout.addWidget(self.notesTable)

        self.addBar = QHBoxLayout()
        self.addBar.setObjectName(u"addBar")
        self.fieldLabel = QLabel(ReturnDialog)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.addBar.addWidget(self.fieldLabel)

        self.fieldCombo = QComboBox(ReturnDialog)
        self.fieldCombo.setObjectName(u"fieldCombo")
        self.fieldCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fieldCombo.setMinimumContentsLength(40)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fieldCombo.sizePolicy().hasHeightForWidth())
        self.fieldCombo.setSizePolicy(sizePolicy)

        self.addBar.addWidget(self.fieldCombo)

        self.addFieldButton = QPushButton(ReturnDialog)
        self.addFieldButton.setObjectName(u"addFieldButton")

        self.addBar.addWidget(self.addFieldButton)


        self.layout.addLayout(self.addBar)

        self.hintLabel = QLabel(ReturnDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ReturnDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fieldLabel.setBuddy(self.fieldCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReturnDialog)
        self.buttonBox.rejected.connect(ReturnDialog.reject)

        QMetaObject.connectSlotsByName(ReturnDialog)
    # setupUi

    def retranslateUi(self, ReturnDialog):
        ReturnDialog.setWindowTitle(QCoreApplication.translate("ReturnDialog", u"Return for correction", None))
        self.fieldLabel.setText(QCoreApplication.translate("ReturnDialog", u"Another field:", None))
        self.addFieldButton.setText(QCoreApplication.translate("ReturnDialog", u"Add", None))
        self.hintLabel.setText(QCoreApplication.translate("ReturnDialog", u"Only the ticked fields are returned, each with its note. The office sees the notes on its fields and sends a corrected version.", None))
    # retranslateUi

