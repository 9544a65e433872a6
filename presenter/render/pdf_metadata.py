"""What a PDF export says about itself: title, author, creator and the language.

QPdfWriter writes the document information (title, author, creator) and an XMP
packet; it has no call for the catalog's /Lang entry, nor for a tagged (structured)
PDF. Readers that look for the language (screen readers, search) also read XMP's
`dc:language`, so the packet here is Qt's own with that line added. A tagged PDF
with /Lang would need a PDF library after Qt has written the file.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from common.language import resolve_language

_XMP = """<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>votedeck</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""


def describe(writer, deck) -> None:
    """Give a QPdfWriter the deck's title, author and language before the first page."""
    writer.setTitle(deck.title)
    writer.setAuthor(deck.author or "")
    writer.setCreator("votedeck")
    xmp = _XMP.format(title=escape(deck.title), author=escape(deck.author or ""),
                      language=resolve_language(deck.language))
    writer.setDocumentXmpMetadata(xmp.encode("utf-8"))
