#!/usr/bin/python3
"""save-with-password.py IN OUT.docx OUT.odt PASSWORD — saves a document as password-protected
Word and OpenDocument files through LibreOffice's UNO bridge (Debian: libreoffice-writer-nogui,
python3-uno). Used by make-office-fixtures.sh for the bad-input fixtures."""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(source, docx, odt, password):
    pipe = f"clausier_fixtures_{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="clausier-lo-")
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                               f"-env:UserInstallation=file://{profile}",
                               f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            sys.exit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(docx)),
                       (prop("FilterName", "MS Word 2007 XML"), prop("Password", password)))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(odt)),
                       (prop("FilterName", "writer8"), prop("Password", password)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:5])
