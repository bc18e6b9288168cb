# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'completeness_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QPlainTextEdit, QSizePolicy, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CompletenessTab(object):
    def setupUi(self, CompletenessTab):
        if not CompletenessTab.objectName():
            CompletenessTab.setObjectName(u"CompletenessTab")
        self.completenessLayout = QVBoxLayout(CompletenessTab)
        self.completenessLayout.setObjectName(u"completenessLayout")
        self.completenessSummary = QLabel(CompletenessTab)
        self.completenessSummary.setObjectName(u"completenessSummary")
        self.completenessSummary.setText(u"")
        self.completenessSummary.setWordWrap(True)

        self.completenessLayout.addWidget(self.completenessSummary)

        self.completenessSplitter = QSplitter(CompletenessTab)
        self.completenessSplitter.setObjectName(u"completenessSplitter")
        self.completenessSplitter.setOrientation(Qt.Orientation.Vertical)
        self.completenessSplitter.setChildrenCollapsible(False)
        self.completenessTable = QTableWidget(self.completenessSplitter)
        self.completenessTable.setObjectName(u"completenessTable")
        self.completenessTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.completenessTable.setWordWrap(True)
        self.completenessSplitter.addWidget(self.completenessTable)
        self.lateTabs = QTabWidget(self.completenessSplitter)
        self.lateTabs.setObjectName(u"lateTabs")
        self.latePage = QWidget()
        self.latePage.setObjectName(u"latePage")
        self.lateLayout = QVBoxLayout(self.latePage)
        self.lateLayout.setObjectName(u"lateLayout")
        self.lateTable = QTableWidget(self.latePage)
        self.lateTable.setObjectName(u"lateTable")
        self.lateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lateTable.setAlternatingRowColors(True)
        self.lateTable.setWordWrap(True)

        self.lateLayout.addWidget(self.lateTable)

        self.lateTabs.addTab(self.latePage, "")
        self.reminderBox = QWidget()
        self.reminderBox.setObjectName(u"reminderBox")
        self.reminderLayout = QVBoxLayout(self.reminderBox)
        self.reminderLayout.setObjectName(u"reminderLayout")
        self.reminderLabel = QLabel(self.reminderBox)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.reminderLayout.addWidget(self.reminderLabel)

        self.reminderText = QPlainTextEdit(self.reminderBox)
        self.reminderText.setObjectName(u"reminderText")
        self.reminderText.setReadOnly(True)

        self.reminderLayout.addWidget(self.reminderText)

        self.lateTabs.addTab(self.reminderBox, "")
        self.completenessSplitter.addWidget(self.lateTabs)

        self.completenessLayout.addWidget(self.completenessSplitter)


        self.retranslateUi(CompletenessTab)

        QMetaObject.connectSlotsByName(CompletenessTab)
    # setupUi

    def retranslateUi(self, CompletenessTab):
#if QT_CONFIG(accessibility)
        self.completenessTable.setAccessibleName(QCoreApplication.translate("CompletenessTab", u"Completeness", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lateTabs.setAccessibleName(QCoreApplication.translate("CompletenessTab", u"Late offices and reminders", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lateTable.setAccessibleName(QCoreApplication.translate("CompletenessTab", u"Late and missing offices", None))
#endif // QT_CONFIG(accessibility)
        self.lateTabs.setTabText(self.lateTabs.indexOf(self.latePage), QCoreApplication.translate("CompletenessTab", u"Late and missing offices", None))
        self.reminderLabel.setText(QCoreApplication.translate("CompletenessTab", u"Not yet received (reminder list):", None))
#if QT_CONFIG(accessibility)
        self.reminderText.setAccessibleName(QCoreApplication.translate("CompletenessTab", u"Not yet received (reminder list)", None))
#endif // QT_CONFIG(accessibility)
        self.lateTabs.setTabText(self.lateTabs.indexOf(self.reminderBox), QCoreApplication.translate("CompletenessTab", u"Reminders", None))
        pass
    # retranslateUi

