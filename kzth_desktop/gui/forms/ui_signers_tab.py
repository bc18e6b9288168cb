# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signers_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SignersTab(object):
    def setupUi(self, SignersTab):
        if not SignersTab.objectName():
            SignersTab.setObjectName(u"SignersTab")
        self.signersLayout = QVBoxLayout(SignersTab)
        self.signersLayout.setObjectName(u"signersLayout")
        self.signersButtons = QHBoxLayout()
        self.signersButtons.setObjectName(u"signersButtons")
        self.addSignerButton = QPushButton(SignersTab)
        self.addSignerButton.setObjectName(u"addSignerButton")

        self.signersButtons.addWidget(self.addSignerButton)

        self.revokeSignerButton = QPushButton(SignersTab)
        self.revokeSignerButton.setObjectName(u"revokeSignerButton")

        self.signersButtons.addWidget(self.revokeSignerButton)

        self.signersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signersButtons.addItem(self.signersSpacer)

        self.ownFingerprint = QLabel(SignersTab)
        self.ownFingerprint.setObjectName(u"ownFingerprint")
        self.ownFingerprint.setText(u"")
        self.ownFingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signersButtons.addWidget(self.ownFingerprint)


        self.signersLayout.addLayout(self.signersButtons)

        self.signersTable = QTableWidget(SignersTab)
        self.signersTable.setObjectName(u"signersTable")
        self.signersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signersTable.setAlternatingRowColors(True)
        self.signersTable.setSortingEnabled(True)

        self.signersLayout.addWidget(self.signersTable)


        self.retranslateUi(SignersTab)

        QMetaObject.connectSlotsByName(SignersTab)
    # setupUi

    def retranslateUi(self, SignersTab):
#if QT_CONFIG(accessibility)
        self.addSignerButton.setAccessibleName(QCoreApplication.translate("SignersTab", u"Add from a registration file\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.addSignerButton.setText(QCoreApplication.translate("SignersTab", u"Add from a registration file\u2026", None))
#if QT_CONFIG(accessibility)
        self.revokeSignerButton.setAccessibleName(QCoreApplication.translate("SignersTab", u"Revoke\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.revokeSignerButton.setText(QCoreApplication.translate("SignersTab", u"Revoke\u2026", None))
#if QT_CONFIG(accessibility)
        self.ownFingerprint.setAccessibleName(QCoreApplication.translate("SignersTab", u"This coordinator's key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signersTable.setAccessibleName(QCoreApplication.translate("SignersTab", u"Signers", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

