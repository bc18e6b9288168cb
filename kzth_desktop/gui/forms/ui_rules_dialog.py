# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_RulesDialog(object):
    def setupUi(self, RulesDialog):
        if not RulesDialog.objectName():
            RulesDialog.setObjectName(u"RulesDialog")
        RulesDialog.resize(860, 700)
        self.rulesLayout = QVBoxLayout(RulesDialog)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.findLabel = QLabel(RulesDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.findRow.addWidget(self.findLabel)

        self.findEdit = QLineEdit(RulesDialog)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findRow.addWidget(self.findEdit)


        self.rulesLayout.addLayout(self.findRow)

        self.textBrowser = QTextBrowser(RulesDialog)
        self.textBrowser.setObjectName(u"textBrowser")
        self.textBrowser.setOpenExternalLinks(False)

        self.rulesLayout.addWidget(self.textBrowser)

        self.buttonBox = QDialogButtonBox(RulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rulesLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RulesDialog)
        self.buttonBox.rejected.connect(RulesDialog.reject)

        QMetaObject.connectSlotsByName(RulesDialog)
    # setupUi

    def retranslateUi(self, RulesDialog):
        RulesDialog.setWindowTitle(QCoreApplication.translate("RulesDialog", u"The Rules", None))
        self.findLabel.setText(QCoreApplication.translate("RulesDialog", u"Find:", None))
    # retranslateUi

