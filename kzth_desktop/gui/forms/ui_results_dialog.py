# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ResultsDialog(object):
    def setupUi(self, ResultsDialog):
        if not ResultsDialog.objectName():
            ResultsDialog.setObjectName(u"ResultsDialog")
        ResultsDialog.resize(980, 640)
        self.layout = QVBoxLayout(ResultsDialog)
        self.layout.setObjectName(u"layout")
        self.resultsSplitter = QSplitter(ResultsDialog)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultsList = QListWidget(self.resultsSplitter)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsSplitter.addWidget(self.resultsList)
        self.resultsPane = QWidget(self.resultsSplitter)
        self.resultsPane.setObjectName(u"resultsPane")
        self.paneLayout = QVBoxLayout(self.resultsPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.paneLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLabel = QLabel(self.resultsPane)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.paneLayout.addWidget(self.headerLabel)

        self.resultsText = QTextBrowser(self.resultsPane)
        self.resultsText.setObjectName(u"resultsText")

        self.paneLayout.addWidget(self.resultsText)

        self.pdfBar = QHBoxLayout()
        self.pdfBar.setObjectName(u"pdfBar")
        self.pdfLangLabel = QLabel(self.resultsPane)
        self.pdfLangLabel.setObjectName(u"pdfLangLabel")

        self.pdfBar.addWidget(self.pdfLangLabel)

        self.pdfLangCombo = QComboBox(self.resultsPane)
        self.pdfLangCombo.setObjectName(u"pdfLangCombo")

        self.pdfBar.addWidget(self.pdfLangCombo)

        self.savePdfButton = QPushButton(self.resultsPane)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.pdfBar.addWidget(self.savePdfButton)

        self.pdfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pdfBar.addItem(self.pdfSpacer)


        self.paneLayout.addLayout(self.pdfBar)

        self.resultsSplitter.addWidget(self.resultsPane)

        self.layout.addWidget(self.resultsSplitter)

        self.buttonBox = QDialogButtonBox(ResultsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pdfLangLabel.setBuddy(self.pdfLangCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResultsDialog)
        self.buttonBox.rejected.connect(ResultsDialog.reject)

        QMetaObject.connectSlotsByName(ResultsDialog)
    # setupUi

    def retranslateUi(self, ResultsDialog):
        ResultsDialog.setWindowTitle(QCoreApplication.translate("ResultsDialog", u"Results of the risk assessment", None))
        self.pdfLangLabel.setText(QCoreApplication.translate("ResultsDialog", u"Published report:", None))
        self.savePdfButton.setText(QCoreApplication.translate("ResultsDialog", u"Save and open the PDF\u2026", None))
    # retranslateUi

