"""Hindi lexicon. Reporting is mostly "X ने कहा" (ergative ने + verb); phrases are matched on the raw text."""
from __future__ import annotations

__all__ = ["QUOTE_MARKS", "REPORTING_VERBS", "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES",
           "CURRENCIES", "TITLES", "PRONOUNS", "COMPLEMENTIZERS", "PERCENT_WORDS", "SOURCE_VERBS_AFTER",
           "ROLE_NOUNS", "FRACTION_WORDS", "ABBREVIATIONS"]

QUOTE_MARKS = frozenset('“"‘\'')
REPORTING_VERBS = frozenset("कहना बताना बोलना लिखना दावा घोषणा चेतावनी".split())
REPORTING_FORMS = frozenset("""
कहा कहते कहती बताया बताते बताती बोले बोला बोली लिखा दावा घोषणा चेतावनी जोड़ा स्पष्ट आरोप कहना
जताई जताया दोहराया मानना
""".split())
SOURCE_PHRASES = ("के अनुसार", "की रिपोर्ट के अनुसार", "के मुताबिक", "के हवाले से", "के मुताबिक़")
MONTHS = {m: i for i, names in enumerate((
    "जनवरी", "फरवरी फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर",
    "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"), 1) for m in names.split()}
NUMBER_SCALES = {"हजार": 10**3, "हज़ार": 10**3, "लाख": 10**5, "करोड़": 10**7, "करोड": 10**7, "अरब": 10**9,
                 "खरब": 10**11, "मिलियन": 10**6, "बिलियन": 10**9, "ट्रिलियन": 10**12}
CURRENCIES = frozenset("$ € ₹ ₽ डॉलर रुपये रुपए रुपया यूरो रूबल".split())
TITLES = frozenset("""
राष्ट्रपति प्रधानमंत्री पीएम प्रधान मंत्री विदेश रक्षा मंत्री प्रवक्ता राजदूत जनरल नेता अध्यक्ष महासचिव सचिव पूर्व श्री
श्रीमती
""".split())

PRONOUNS = {"उन्होंने": "", "उसने": "", "इन्होंने": "", "वह": "", "वे": ""}
COMPLEMENTIZERS = frozenset({"कि"})
PERCENT_WORDS = frozenset({"%", "प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद"})
SOURCE_VERBS_AFTER = frozenset()
ROLE_NOUNS = frozenset("""
अर्थशास्त्री विशेषज्ञ राजनयिक विश्लेषक प्रवक्ता मंत्री नेता राष्ट्रपति प्रधानमंत्री
""".split())
FRACTION_WORDS = frozenset("""
आधा आधी तिहाई चौथाई दोगुना दोगुनी
""".split())
ABBREVIATIONS = frozenset("डॉ".split())

# Countries, capitals and blocs as Hindi news writes them: names the entities layer knows without capitals
# (read with getattr by analysers/multilingual_names.py; not part of the Lexicon).
COUNTRIES = frozenset("""
रूस यूक्रेन अमेरिका अमरीका भारत चीन पाकिस्तान जापान जर्मनी फ्रांस फ़्रांस ब्रिटेन इंग्लैंड इटली स्पेन पोलैंड बेलारूस
बेल्जियम नीदरलैंड नीदरलैंड्स स्वीडन फिनलैंड फ़िनलैंड नॉर्वे डेनमार्क स्विट्जरलैंड ऑस्ट्रिया हंगरी रोमानिया बुल्गारिया
मोल्दोवा स्लोवाकिया चेक चेकिया सर्बिया ग्रीस तुर्की तुर्किये जॉर्जिया आर्मेनिया अज़रबैजान अजरबैजान कजाकिस्तान
ईरान इराक सीरिया इजराइल इज़राइल इसराइल फिलिस्तीन सऊदी मिस्र लीबिया अफगानिस्तान अफ़ग़ानिस्तान बांग्लादेश नेपाल
श्रीलंका म्यांमार वियतनाम ताइवान कोरिया ब्राजील ब्राज़ील कनाडा मेक्सिको अर्जेंटीना ऑस्ट्रेलिया अफ्रीका नाइजीरिया
माली सूडान इथियोपिया लिथुआनिया लातविया एस्टोनिया क्रीमिया डोनबास डोनेट्स्क लुहान्स्क खार्किव कुर्स्क ओडेसा
मॉस्को मास्को कीव कीएव वाशिंगटन वॉशिंगटन लंदन पेरिस बर्लिन बीजिंग दिल्ली ब्रसेल्स
नाटो यूरोप क्रेमलिन पेंटागन
""".split())

# Postpositions, conjunctions and particles: never the first or last word of a name (no subtask-1 gold mention
# starts or ends with one), so the entities layer trims them off the tagger's spans ("यूक्रेन की [सेना]" cut
# after "की" gives "यूक्रेन"). Read with getattr by analysers/multilingual_names.py (``NAME_EDGE_STOP``).
NAME_EDGE_STOP = frozenset("""
का की के ने में से को पर तक द्वारा लिए और व तथा एवं या भी ही तो
""".split())
