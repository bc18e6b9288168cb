# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RequestsTab(object):
    def setupUi(self, RequestsTab):
        if not RequestsTab.objectName():
            RequestsTab.setObjectName(u"RequestsTab")
        self.requestsLayout = QVBoxLayout(RequestsTab)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestForm = QHBoxLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.requestYearLabel = QLabel(RequestsTab)
        self.requestYearLabel.setObjectName(u"requestYearLabel")

        self.requestForm.addWidget(self.requestYearLabel)

        self.requestYear = QSpinBox(RequestsTab)
        self.requestYear.setObjectName(u"requestYear")
        self.requestYear.setMinimum(2024)
        self.requestYear.setMaximum(2100)

        self.requestForm.addWidget(self.requestYear)

        self.requestDeadlineLabel = QLabel(RequestsTab)
        self.requestDeadlineLabel.setObjectName(u"requestDeadlineLabel")

        self.requestForm.addWidget(self.requestDeadlineLabel)

        self.requestDeadline = QDateEdit(RequestsTab)
        self.requestDeadline.setObjectName(u"requestDeadline")
        self.requestDeadline.setCalendarPopup(True)
        self.requestDeadline.setDisplayFormat(u"dd.MM.yyyy")

        self.requestForm.addWidget(self.requestDeadline)

        self.createRequestButton = QPushButton(RequestsTab)
        self.createRequestButton.setObjectName(u"createRequestButton")

        self.requestForm.addWidget(self.createRequestButton)

        self.requestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestForm.addItem(self.requestSpacer)


        self.requestsLayout.addLayout(self.requestForm)

        self.requestHint = QLabel(RequestsTab)
        self.requestHint.setObjectName(u"requestHint")
        self.requestHint.setWordWrap(True)

        self.requestsLayout.addWidget(self.requestHint)

        self.requestsTable = QTableWidget(RequestsTab)
        self.requestsTable.setObjectName(u"requestsTable")
        self.requestsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestsTable.setAlternatingRowColors(True)

        self.requestsLayout.addWidget(self.requestsTable)

#if QT_CONFIG(shortcut)
        self.requestYearLabel.setBuddy(self.requestYear)
        self.requestDeadlineLabel.setBuddy(self.requestDeadline)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestsTab)

        QMetaObject.connectSlotsByName(RequestsTab)
    # setupUi

    def retranslateUi(self, RequestsTab):
        self.requestYearLabel.setText(QCoreApplication.translate("RequestsTab", u"Reporting year:", None))
#if QT_CONFIG(accessibility)
        self.requestYear.setAccessibleName(QCoreApplication.translate("RequestsTab", u"Reporting year", None))
#endif // QT_CONFIG(accessibility)
        self.requestDeadlineLabel.setText(QCoreApplication.translate("RequestsTab", u"Deadline:", None))
#if QT_CONFIG(accessibility)
        self.requestDeadline.setAccessibleName(QCoreApplication.translate("RequestsTab", u"Deadline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createRequestButton.setAccessibleName(QCoreApplication.translate("RequestsTab", u"Create and save the request\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.createRequestButton.setText(QCoreApplication.translate("RequestsTab", u"Create and save the request\u2026", None))
        self.requestHint.setText(QCoreApplication.translate("RequestsTab", u"Rule 9: subjects answer within one month of the request unless it sets another deadline. Send the saved .kzreq file to every subject.", None))
#if QT_CONFIG(accessibility)
        self.requestsTable.setAccessibleName(QCoreApplication.translate("RequestsTab", u"Requests", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

