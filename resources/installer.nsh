; Included by electron-builder's NSIS script (electron-builder.yml → nsis.include). UTF-8 with BOM, so NSIS reads the
; Chinese text as Unicode.
;
; Uninstalling keeps the ledger: %APPDATA%\根治欠薪工作台账 (ledger.db, backups, logs) is removed only when the clerk
; answers 是 to an explicit question whose default is 否. An update (the old version's uninstaller run with --updated)
; and a silent uninstall never ask and never delete. Exports in 文档 are never touched.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    IfSilent keepLedgerData
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "是否同时删除本机上的台账数据？$\r$\n$\r$\n将删除台账文件、备份和日志（$APPDATA\${APP_FILENAME}），删除后无法恢复。$\r$\n如需保留台账以便重新安装或迁移到新电脑，请选择“否”。" IDYES deleteLedgerData IDNO keepLedgerData
    deleteLedgerData:
      RMDir /r "$APPDATA\${APP_FILENAME}"
      !ifdef APP_PRODUCT_FILENAME
        RMDir /r "$APPDATA\${APP_PRODUCT_FILENAME}"
      !endif
    keepLedgerData:
  ${endIf}
!macroend
