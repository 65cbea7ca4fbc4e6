; Included by electron-builder's NSIS script (electron-builder.yml: nsis.include).
; The app is built for 64-bit Windows 10 and newer only (Electron's own floor):
; say so before anything is copied, instead of a program that will not start.
!include WinVer.nsh
!include x64.nsh

!macro customInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "DTKS Kelurahan memerlukan Windows 10 (64-bit) atau yang lebih baru. Pemasangan dibatalkan."
    Quit
  ${EndIf}
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "DTKS Kelurahan memerlukan Windows 64-bit. Pemasangan dibatalkan."
    Quit
  ${EndIf}
!macroend
