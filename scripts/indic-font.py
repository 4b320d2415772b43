"""indic-font.py SCRIPT_FONT.ttf LATIN_FONT.ttf OUT.ttf: the script font (Noto
Sans Tamil or Bengali) with the Latin letters, signs and punctuation of Noto
Sans added, so that a Tamil or Bengali line holding a French name or an amount
is drawn from one font. A line drawn from two fonts is measured a few pixels
short by the text layout, and its last letter was cut at the box edge."""
import os
import sys

from fontTools import merge, subset
from fontTools.ttLib import TTFont

script_path, latin_path, out = sys.argv[1:4]


def cut(path, unicodes):
    font = TTFont(path)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    return font


script = TTFont(script_path)
own = set(script.getBestCmap())
# Latin, Latin-1, Latin Extended-A/B, general punctuation, the euro sign: what
# a French name, an address or an amount in a Tamil or Bengali sentence uses,
# minus what the script font draws itself (its digits and signs stay).
latin = set(range(0x20, 0x250)) | set(range(0x2000, 0x2070)) | {0x20AC, 0x2116}
latin -= own
script = cut(script_path, sorted(own))
extra = cut(latin_path, sorted(latin))
script.save(f"{out}.script.ttf")
extra.save(f"{out}.latin.ttf")
merger = merge.Merger()
font = merger.merge([f"{out}.script.ttf", f"{out}.latin.ttf"])
# The merged font keeps the script font's names (its family stays "Noto Sans
# Tamil" or "Noto Sans Bengali", the name the interface asks for).
font["name"] = script["name"]
# And its line height: Noto Sans's is taller (its stacked accents), and taller
# Tamil and Bengali lines would change every layout made for them.
for table, fields in (("hhea", ("ascent", "descent", "lineGap")),
                      ("OS/2", ("sTypoAscender", "sTypoDescender", "sTypoLineGap",
                                "usWinAscent", "usWinDescent"))):
    for field in fields:
        setattr(font[table], field, getattr(script[table], field))
font.save(out)
os.remove(f"{out}.script.ttf")
os.remove(f"{out}.latin.ttf")
merged = TTFont(out)
print(f"{out}: {len(merged.getBestCmap())} characters, {len(merged.getGlyphOrder())} glyphs")
