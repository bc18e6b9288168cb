# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_InboxTab(object):
    def setupUi(self, InboxTab):
        if not InboxTab.objectName():
            InboxTab.setObjectName(u"InboxTab")
        self.inboxLayout = QVBoxLayout(InboxTab)
        self.inboxLayout.setObjectName(u"inboxLayout")
        self.inboxButtons = QHBoxLayout()
        self.inboxButtons.setObjectName(u"inboxButtons")
        self.importFilesButton = QPushButton(InboxTab)
        self.importFilesButton.setObjectName(u"importFilesButton")

        self.inboxButtons.addWidget(self.importFilesButton)

        self.importFolderButton = QPushButton(InboxTab)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.inboxButtons.addWidget(self.importFolderButton)

        self.dropHint = QLabel(InboxTab)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setWordWrap(True)

        self.inboxButtons.addWidget(self.dropHint)

        self.inboxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inboxButtons.addItem(self.inboxSpacer)


        self.inboxLayout.addLayout(self.inboxButtons)

        self.inboxSummary = QLabel(InboxTab)
        self.inboxSummary.setObjectName(u"inboxSummary")
        self.inboxSummary.setText(u"")
        self.inboxSummary.setWordWrap(True)

        self.inboxLayout.addWidget(self.inboxSummary)

        self.inboxTable = QTableWidget(InboxTab)
        self.inboxTable.setObjectName(u"inboxTable")
        self.inboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inboxTable.setAlternatingRowColors(True)
        self.inboxTable.setSortingEnabled(True)
        self.inboxTable.setWordWrap(True)

        self.inboxLayout.addWidget(self.inboxTable)

        self.inboxDetail = QLabel(InboxTab)
        self.inboxDetail.setObjectName(u"inboxDetail")
        self.inboxDetail.setText(u"")
        self.inboxDetail.setWordWrap(True)
        self.inboxDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.inboxDetail.setFrameShape(QFrame.Shape.StyledPanel)
        self.inboxDetail.setMinimumSize(QSize(0, 60))

        self.inboxLayout.addWidget(self.inboxDetail)


        self.retranslateUi(InboxTab)

        QMetaObject.connectSlotsByName(InboxTab)
    # setupUi

    def retranslateUi(self, InboxTab):
#if QT_CONFIG(accessibility)
        self.importFilesButton.setAccessibleName(QCoreApplication.translate("InboxTab", u"Import files\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.importFilesButton.setText(QCoreApplication.translate("InboxTab", u"Import files\u2026", None))
#if QT_CONFIG(accessibility)
        self.importFolderButton.setAccessibleName(QCoreApplication.translate("InboxTab", u"Import a folder\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.importFolderButton.setText(QCoreApplication.translate("InboxTab", u"Import a folder\u2026", None))
        self.dropHint.setText(QCoreApplication.translate("InboxTab", u"\u2026or drop .kzth files or folders on this window.", None))
#if QT_CONFIG(accessibility)
        self.inboxTable.setAccessibleName(QCoreApplication.translate("InboxTab", u"Inbox", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inboxDetail.setAccessibleName(QCoreApplication.translate("InboxTab", u"The selected file's reason", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

