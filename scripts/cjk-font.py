"""cjk-font.py COLLECTION.ttc OUT.ttf LOCALES: the Simplified Chinese face of a
Noto Sans CJK collection, kept to the Han characters and CJK punctuation the
.ftl files of LOCALES use (and Latin letters, digits and signs), with TrueType
(quadratic) outlines."""
import glob
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

source, out, locales = sys.argv[1:4]


def wanted(c):
    o = ord(c)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x3000 <= o <= 0x303F or o in (0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7))


chars = set()
for path in glob.glob(f"{locales}/*/*.ftl"):
    with open(path, encoding="utf-8") as f:
        chars.update(c for c in f.read() if wanted(c))
# The punctuation a Chinese sentence may use, whatever the texts hold today.
chars.update("，。、；：？！（）《》“”‘’…·「」")
# Latin letters, digits and signs (French names, amounts, phone numbers in a
# Chinese sentence): from this font too, since it is the Chinese texts' first
# family, so that they match the Chinese around them.
chars.update(chr(o) for o in range(0x20, 0x250))
chars.update(chr(o) for o in range(0x2000, 0x2070))
chars.update("€№")

collection = TTCollection(source)
font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
options = subset.Options()
options.layout_features = ["*"]
options.name_IDs = ["*"]
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[ord(c) for c in chars])
subsetter.subset(font)

# CFF to TrueType outlines (as fontTools' otf2ttf snippet does).
glyph_order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in glyph_order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = glyph_order
glyf.glyphs = glyphs
del font["CFF "]
if "VORG" in font:
    del font["VORG"]
glyf.compile(font)
font["maxp"] = maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, field, 0)
maxp.maxZones = 1
font["head"].indexToLocFormat = 0
font["head"].glyphDataFormat = 0
font["post"].formatType = 3.0
font.sfntVersion = "\x00\x01\x00\x00"
font.save(out)
print(f"{out}: {len(chars)} characters, {len(glyph_order)} glyphs")
