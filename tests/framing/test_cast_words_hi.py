"""Hindi cast evidence widened on branch hi-cast42 (``cast_evidence.hindi._postpositional_items`` and the ``_hi_``
functions, ``CAST_*`` of ``narrascope/lang/hi.py``): each new kind of item fires on a sentence that says it and gives
nothing when the sentence is negated, asked, or says it of someone else. The sentences are written for these tests."""
from __future__ import annotations

from narrascope.models.cast_evidence import lexical_evidence
from tests.framing.lexical_items import NONE, reader

_items = reader("hi")


def test_an_honour_given_praises_whom_it_is_given_to():
    assert _items("सरकार ने वैज्ञानिक को सर्वोच्च सम्मान दिया।", "वैज्ञानिक") == (("honoured “सम्मान”",), (), ())
    assert _items("संस्था ने लेखिका को साहित्य पुरस्कार से नवाजा।", "लेखिका") == (("honoured “नवाजा”",), (), ())
    assert _items("शिक्षक ने छात्रों को पदक प्रदान किए।", "छात्रों")[0] == ("honoured “पदक”",)


def test_no_honour_when_denied_asked_respect_or_the_giver():
    assert _items("सरकार ने वैज्ञानिक को सम्मान नहीं दिया।", "वैज्ञानिक") == NONE
    assert _items("क्या सरकार ने वैज्ञानिक को सम्मान दिया?", "वैज्ञानिक") == NONE
    assert _items("सब देशों की संप्रभुता का सम्मान होना चाहिए।", "सब देशों") == NONE  # respect, not an honour
    assert _items("शिक्षक ने छात्रों को पदक प्रदान किए।", "शिक्षक") == NONE  # the giver
    assert _items("वैज्ञानिक को बताया गया कि मंत्री ने लेखक को सम्मान दिया।", "वैज्ञानिक") == NONE


def test_a_counter_attack_is_a_heros_item():
    assert _items("सेना ने जवाबी हमले तेज कर दिए।", "सेना") == (("retaliates “जवाबी”",), (), ())
    assert _items("सीमा पर तैनात सेना ने पलटवार किया।", "तैनात सेना") == (("retaliates “पलटवार”",), (), ())


def test_no_counter_attack_when_denied_asked_or_someone_elses():
    assert _items("सेना ने जवाबी हमला नहीं किया।", "सेना") == NONE
    assert _items("क्या सेना ने पलटवार किया?", "सेना") == NONE
    assert _items("मंत्री ने कहा कि सेना ने पलटवार किया।", "मंत्री") == NONE
    assert _items("मंत्री ने कहा कि सेना ने पलटवार किया।", "सेना")[0] == ("retaliates “पलटवार”",)
    assert _items("विद्रोहियों पर सेना ने जवाबी हमला किया।", "विद्रोहियों")[0] == ()  # the target, not the doer


def test_an_occupation_by_a_ne_subject_gives_the_subject_nothing():
    assert _items("सेना ने सीमा के गांव पर कब्जा कर लिया।", "सेना") == NONE
    assert _items("सेना ने सीमा के गांव पर कब्जा कर लिया।", "गांव") == ((), (), ("suffers “कब्जा”",))
    assert _items("सेना ने गांव पर हमला किया।", "सेना") == ((), ("does “हमला”",), ())  # an attack still does


def test_new_called_words():
    assert _items("बाढ़ प्रभावित किसान राहत शिविर में हैं।", "किसान") == ((), (), ("called “प्रभावित”",))
    assert _items("शहर के घायलों को अस्पताल ले जाया गया।", "घायलों")[2] == ()  # the name itself is no cue
    assert _items("अस्पताल में भर्ती घायलों मरीजों का इलाज चला।", "मरीजों")[2] == ("called “घायलों”",)
    assert _items("पड़ोसी देश लगातार आक्रामक है।", "पड़ोसी देश") == ((), ("called “आक्रामक”",), ())
    assert _items("पड़ोसी देश आक्रामक नहीं है।", "पड़ोसी देश") == NONE
    assert _items("किसान प्रभावित क्षेत्रों में गए।", "किसान") == NONE  # an adjective of the next noun


def test_death_suffered_and_not_reported():
    assert _items("पत्रकार की मृत्यु हो गई।", "पत्रकार") == ((), (), ("suffers “मृत्यु”",))
    assert _items("पत्रकार की मृत्यु नहीं हुई।", "पत्रकार") == NONE
    assert _items("पत्रकार ने मृत्यु की खबर दी।", "पत्रकार") == NONE


def test_thanks_credit_and_rebuke():
    assert _items("मंत्री ने स्वयंसेवकों का आभार जताया।", "स्वयंसेवकों") == (("praised “आभार”",), (), ())
    assert _items("कोच ने खिलाड़ियों को जीत का श्रेय दिया।", "खिलाड़ियों") == (("praised “श्रेय”",), (), ())
    assert _items("अदालत ने कंपनी को फटकार लगाई।", "कंपनी") == ((), ("blamed “फटकार”",), ())
    assert _items("अदालत ने कंपनी को कसूरवार ठहराया।", "कंपनी") == ((), ("blamed “कसूरवार”",), ())
    assert _items("अदालत ने कंपनी को कसूरवार नहीं ठहराया।", "कंपनी") == NONE
    assert _items("क्या मंत्री ने स्वयंसेवकों का आभार जताया?", "स्वयंसेवकों") == NONE
    assert _items("अदालत ने कंपनी को फटकार लगाई।", "अदालत") == NONE  # who rebukes


def test_crimes_done_and_owned():
    assert _items("सेना ने युद्ध अपराध किए।", "सेना") == ((), ("does “अपराध”",), ())
    assert _items("सेना ने अपराध की जांच की।", "सेना") == NONE  # investigated, not committed
    assert _items("सेना ने युद्ध अपराध नहीं किए।", "सेना") == NONE
    assert _items("दुनिया ने सेना के अपराध देखे।", "सेना") == ((), ("its “अपराध”",), ())
    assert _items("पड़ोसी देश के उकसावे से तनाव बढ़ा।", "पड़ोसी देश") == ((), ("its “उकसावे”",), ())


def test_shelter_and_cooperation_given():
    assert _items("पड़ोसी देश ने परिवारों को आश्रय दिया।", "पड़ोसी देश") == (("does “आश्रय”",), (), ())
    assert _items("पड़ोसी देश ने जांच में सहयोग किया।", "पड़ोसी देश") == (("does “सहयोग”",), (), ())
    assert _items("पड़ोसी देश ने सहयोग करने से इनकार किया।", "पड़ोसी देश") == NONE
    assert _items("पड़ोसी देश ने सहयोग नहीं किया।", "पड़ोसी देश") == NONE


def test_a_harm_that_only_may_come_hurts_no_target_yet():
    assert _items("सेना ने गांव पर हमला किया।", "गांव") == ((), (), ("suffers “हमला”",))
    assert _items("विद्रोही कभी भी गांव पर हमला कर सकते हैं।", "गांव") == NONE
    assert _items("मंत्री के अनुसार पड़ोसी देश गांव पर हमला करेगा।", "गांव") == NONE
    assert _items("सेना गांव पर हमले की योजना बना रही है।", "गांव") == NONE
    # what may come in a nested clause does not undo the harm already done
    assert _items("गांव पर हमले के बाद मंत्री ने कहा कि बातचीत हो सकती है।", "गांव")[2] == ("suffers “हमले”",)


def test_a_war_the_subject_ends_is_peace_sought():
    assert _items("विशेषज्ञ मानते हैं कि पड़ोसी देश इस युद्ध को समाप्त करवा सकता है।", "पड़ोसी देश")[0] == \
        ("seeks “युद्ध समाप्त”",)
    assert _items("पड़ोसी देश युद्ध समाप्त करवा सकता है।", "पड़ोसी देश") == NONE  # "पड़ोसी देश युद्ध": a name of the war
    assert _items("मंत्री ने दोनों पक्षों के बीच संघर्ष रुकवाने की कोशिश की।", "मंत्री")[0] == ("seeks “संघर्ष रुकवाने”",)
    assert _items("आखिर में लंबा युद्ध खत्म हुआ और पड़ोसी देश लौट गया।", "पड़ोसी देश") == NONE
    assert _items("पड़ोसी देश युद्ध समाप्त होने के बाद लौटा।", "पड़ोसी देश") == NONE  # the war ended, no one ended it
    assert _items("पड़ोसी देश युद्ध खत्म करने से इनकार करता है।", "पड़ोसी देश") == NONE  # refused
    assert _items("पड़ोसी देश युद्ध समाप्त नहीं करना चाहता।", "पड़ोसी देश") == NONE
    assert _items("मंत्री ने कहा कि पड़ोसी देश युद्ध खत्म कर सकता है।", "मंत्री") == NONE  # someone else's deed


def test_a_place_named_with_its_kind_is_the_target():
    assert _items("रात में ड्रोन से नदीपुर शहर पर हमला हुआ।", "नदीपुर") == ((), (), ("suffers “हमला”",))
    assert _items("सेना ने रामगढ़ और सीतापुर गांवों पर कब्जा कर लिया।", "सीतापुर") == ((), (), ("suffers “कब्जा”",))
    assert _items("नदीपुर शहर पर हमला नहीं हुआ।", "नदीपुर") == NONE
    assert _items("नदीपुर शहर पर हमला हो सकता है।", "नदीपुर") == NONE
    assert _items("नदीपुर शहर में बाजार खुले।", "नदीपुर") == NONE


def test_attacking_a_target_without_a_verb_of_its_own():
    assert _items("विद्रोही लगातार सीमा चौकी पर हमलावर हैं।", "सीमा चौकी") == ((), (), ("suffers “हमलावर”",))
    assert _items("विद्रोही लगातार हमलावर हैं।", "विद्रोही") == ((), ("called “हमलावर”",), ())
    assert _items("विद्रोही सीमा चौकी पर हमलावर नहीं हैं।", "सीमा चौकी") == NONE


def test_killed_or_wounded_told_with_an_infinitive():
    assert _items("हमले में दो मजदूरों के मारे जाने की खबर है।", "मजदूरों") == ((), (), ("suffers “मारे”",))
    assert _items("धमाके में एक राहगीर के घायल होने के बाद सड़क बंद हुई।", "राहगीर") == ((), (), ("suffers “घायल”",))
    assert _items("क्या दो मजदूरों के मारे जाने की खबर सही है?", "मजदूरों") == NONE
    assert _items("अधिकारियों ने मजदूरों के मारे जाने से इनकार नहीं किया।", "मजदूरों") == NONE  # a negated clause
    assert _items("सेना के मारे गए सैनिकों के परिवार आए।", "सेना") == NONE  # whose soldiers, not the army itself


def test_a_condemnation_voiced_by_a_ne_subject():
    assert _items("मंत्रालय ने बस्ती पर हुई बमबारी की कड़ी निंदा की।", "मंत्रालय") == (("condemns “निंदा”",), (), ())
    assert _items("मंत्रालय ने बमबारी की निंदा नहीं की।", "मंत्रालय") == NONE
    assert _items("क्या मंत्रालय ने बमबारी की निंदा की?", "मंत्रालय") == NONE
    assert _items("मंत्रालय ने बमबारी की निंदा करने से मना किया।", "मंत्रालय") == NONE  # refused to condemn
    assert _items("मंत्री ने कहा कि संगठन ने बमबारी की निंदा की।", "मंत्री") == NONE  # someone else condemns
    assert _items("दुनिया भर में मंत्रालय की निंदा हुई।", "मंत्रालय") == ((), ("blamed “निंदा”",), ())  # the condemned


def test_a_passive_harm_in_a_ne_clause_is_not_the_subjects_deed():
    assert _items("मंत्री ने हमलों में मारे गए छात्रों की सूची जारी की।", "मंत्री") == NONE
    assert _items("विद्रोहियों ने गांव के लोगों को मार डाला।", "विद्रोहियों") == ((), ("does “मार”",), ())
    assert _items("विद्रोहियों द्वारा मारे गए लोगों की याद में सभा हुई।", "विद्रोहियों") == ((), ("does “मारे”",), ())


def test_a_name_inside_a_longer_word_is_not_an_occurrence():

    # "रूस" inside "बेलारूस" (Belarus): the vowel sign before it is a combining mark, not a word boundary
    text = "रूस ने शांति की अपील की। बेलारूस ने सीमा चौकी पर हमला किया।"
    assert lexical_evidence(text, 0, 3, (), "hi", {}) == (("seeks “शांति”",), (), ())
    text = "रूस ने शांति की अपील की। बाद में रूस ने सीमा चौकी पर हमला किया।"
    assert lexical_evidence(text, 0, 3, (), "hi", {}) == (("seeks “शांति”",), ("does “हमला”",), ())


# -- second round (branch hi-cast42b) -------------------------------------------------------------------------------


def test_a_name_heading_a_list_reads_the_lists_postposition():
    assert _items("विद्रोहियों और लुटेरों ने गांव पर हमला किया।", "विद्रोहियों") == ((), ("does “हमला”",), ())
    assert _items("सेना ने रामपुर और सीतापुर गांवों पर कब्जा कर लिया।", "रामपुर") == ((), (), ("suffers “कब्जा”",))
    assert _items("धमाके में एक बच्चे सहित नौ लोगों की मौत हो गई।", "बच्चे") == ((), (), ("suffers “मौत”",))
    assert _items("रात में नदीपुर समेत जिले के कई शहरों पर हमले हुए।", "नदीपुर") == ((), (), ("suffers “हमले”",))


def test_no_list_item_when_denied_asked_or_the_list_is_of_something_else():
    assert _items("विद्रोहियों और लुटेरों ने गांव पर हमला नहीं किया।", "विद्रोहियों") == NONE
    assert _items("क्या विद्रोहियों और लुटेरों ने गांव पर हमला किया?", "विद्रोहियों") == NONE
    assert _items("सेना और पुलिस के बीच गांव पर हमले की बात हुई।", "सेना") == NONE  # between them, no one's deed
    assert _items("विद्रोहियों और लुटेरों को सेना ने खदेड़ दिया।", "विद्रोहियों") == NONE  # no harm named
    # a list's peace is no one's: "X और Y के बीच शांति" (read as before)
    assert _items("पड़ोसी देश और सेना के बीच शांति बनी रही।", "पड़ोसी देश") == NONE


def test_loanwords_of_a_strike_name_its_target_and_owner():
    assert _items("रात में सेना ने नदीपुर पर एयरस्ट्राइक की।", "नदीपुर") == ((), (), ("suffers “एयरस्ट्राइक”",))
    assert _items("विद्रोहियों ने सीमा चौकी पर ड्रोन अटैक किया।", "सीमा चौकी") == ((), (), ("suffers “अटैक”",))
    assert _items("पड़ोसी देश के अटैक के बाद गांव खाली हुआ।", "पड़ोसी देश") == ((), ("its “अटैक”",), ())
    assert _items("सीमा चौकी पर अटैक हो सकता है।", "सीमा चौकी") == NONE
    assert _items("सीमा चौकी पर अटैक नहीं हुआ।", "सीमा चौकी") == NONE
    # the ने-subject of a loanword strike does nothing read (as often the hero on folds 1-4)
    assert _items("विद्रोहियों ने सीमा चौकी पर ड्रोन अटैक किया।", "विद्रोहियों") == NONE


def test_a_strike_that_answers_another_is_a_retaliation():
    assert _items("गांव पर हमले के जवाब में सेना ने भी ड्रोन अटैक किया।", "सेना") == (("retaliates “अटैक”",), (), ())
    assert _items("सेना ने गोलाबारी के जवाब में विद्रोहियों पर हमला किया।", "सेना") == \
        (("retaliates “हमला”",), (), ())
    assert _items("सेना ने साथियों की मौत का बदला लेते हुए ठिकानों पर बमबारी की।", "सेना")[0] == \
        ("retaliates “बमबारी”",)
    assert _items("गांव पर हमले के जवाब में सेना ने हमला नहीं किया।", "सेना") == NONE
    assert _items("क्या गांव पर हमले के जवाब में सेना ने हमला किया?", "सेना") == NONE
    assert _items("सवाल के जवाब में मंत्री ने कहा कि सेना ने हमला किया।", "मंत्री") == NONE  # someone else's deed
    assert _items("सेना ने सवाल के जवाब में बताया कि हमला हुआ।", "सेना") == NONE


def test_violence_against_a_name_in_every_spelling_of_against():
    assert _items("शहर में अल्पसंख्यकों के ख़िलाफ़ हिंसा भड़की।", "अल्पसंख्यकों") == ((), (), ("suffers “हिंसा”",))
    assert _items("शहर में अल्पसंख्यकों के खिलाफ हिंसा भड़की।", "अल्पसंख्यकों") == ((), (), ("suffers “हिंसा”",))
    assert _items("गांव पर हिंसा हुई।", "गांव") == ((), (), ("suffers “हिंसा”",))
    assert _items("शहर में अल्पसंख्यकों के ख़िलाफ़ हिंसा नहीं हुई।", "अल्पसंख्यकों") == NONE
    assert _items("क्या अल्पसंख्यकों के ख़िलाफ़ हिंसा हुई?", "अल्पसंख्यकों") == NONE
    assert _items("अल्पसंख्यकों ने हिंसा के ख़िलाफ़ आवाज उठाई।", "अल्पसंख्यकों") == NONE  # against violence


def test_a_harm_only_permitted_is_not_the_subjects_deed():
    assert _items("सरकार ने सेना को सीमा चौकी को निशाना बनाकर गोले दागने की इजाजत दी।", "सरकार") == NONE
    assert _items("सरकार ने विद्रोहियों पर हमला करने की अनुमति दे दी।", "सरकार") == NONE
    assert _items("सेना ने सीमा चौकी को निशाना बनाया।", "सेना") == ((), ("does “निशाना”",), ())


def test_what_a_name_is_called_after_ko_and_a_verb_of_calling():
    assert _items("पड़ोसी देश सेना को विदेशी कठपुतली बताता है।", "सेना") == ((), ("called “कठपुतली”",), ())
    assert _items("मंत्री ने किसानों को साहसी बताते हुए धन्यवाद कहा।", "किसानों")[0] == ("called “साहसी”",)
    assert _items("पड़ोसी देश सेना को कठपुतली नहीं मानता।", "सेना") == NONE
    assert _items("क्या पड़ोसी देश सेना को कठपुतली बताता है?", "सेना") == NONE
    assert _items("सैनिक को उसका देश अपना हीरो मानता है।", "सैनिक") == NONE  # a hero to someone
    assert _items("सेना को बताया गया कि विद्रोही कठपुतली हैं।", "सेना") == NONE  # told, not called
    assert _items("पड़ोसी देश सेना को कठपुतली बताता है।", "पड़ोसी देश") == NONE  # who calls


def test_stranded_is_harm_suffered():
    assert _items("युद्ध के दौरान कई छात्र फंस गए थे।", "छात्र") == ((), (), ("suffers “फंस”",))
    assert _items("बाढ़ में मजदूर फंसे हुए हैं।", "मजदूर") == ((), (), ("suffers “फंसे”",))
    assert _items("युद्ध के दौरान छात्र नहीं फंसे।", "छात्र") == NONE
    assert _items("क्या छात्र फंस गए?", "छात्र") == NONE


def test_a_name_heading_a_comma_list_reads_the_lists_clause():
    text = "विद्रोहियों ने रामपुर, सीतापुर, नदीपुर जैसे गांवों पर कब्जा कर लिया।"
    assert _items(text, "रामपुर") == ((), (), ("suffers “कब्जा”",))
    assert _items(text, "सीतापुर") == ((), (), ("suffers “कब्जा”",))
    assert _items(text, "नदीपुर") == ((), (), ("suffers “कब्जा”",))  # the last: "X जैसे गांवों पर"
    assert _items("मंत्री ने डॉक्टरों, नर्सों और स्वयंसेवकों को धन्यवाद दिया।", "डॉक्टरों") == \
        (("praised “धन्यवाद”",), (), ())
    assert _items("विद्रोहियों ने रामपुर, सीतापुर, नदीपुर जैसे गांवों पर कब्जा नहीं किया।", "रामपुर") == NONE
    assert _items("क्या विद्रोहियों ने रामपुर, सीतापुर और नदीपुर पर हमला किया?", "रामपुर") == NONE
    # commas that close no list are clauses: "X, जो कल लौटा, …"
    assert _items("रामपुर, जहां कल मेला लगा था, पर हमला हुआ।", "रामपुर") == NONE
    assert _items("रामपुर, सीतापुर के लोग कल लौटे और गांव पर हमला हुआ।", "रामपुर") == NONE


def test_a_time_to_come_in_a_jab_clause_gives_nothing():
    text = "जब पड़ोसी देश शांति समझौते के लिए तैयार होगा, तब बात होगी।"
    assert _items(text, "पड़ोसी देश") == NONE
    assert _items("जब पड़ोसी देश ने शांति की अपील की, तब बात हुई।", "पड़ोसी देश") == (("seeks “शांति”",), (), ())
    assert _items("जब विद्रोहियों ने गांव पर हमला किया, लोग भागे।", "गांव") == ((), (), ("suffers “हमला”",))


def test_an_attack_in_words_while_speaking_gives_nothing():
    assert _items("नेता ने भाषण में प्रवासियों पर हमला बोलते हुए कहा कि वे अपराधी हैं।", "प्रवासियों") == NONE
    assert _items("नेता ने भाषण में प्रवासियों पर हमला बोलते हुए कहा कि वे अपराधी हैं।", "नेता") == NONE
    assert _items("विद्रोहियों ने प्रवासियों पर हमला किया।", "प्रवासियों") == ((), (), ("suffers “हमला”",))


def test_an_honour_with_its_giver_between():
    assert _items("लेखिका को संस्था ने साहित्य पुरस्कार से नवाजा।", "लेखिका") == (("honoured “नवाजा”",), (), ())
    assert _items("लेखिका को संस्था ने पुरस्कार से नहीं नवाजा।", "लेखिका") == NONE
    assert _items("लेखिका को संस्था ने बताया कि कवि को पुरस्कार से नवाजा गया।", "लेखिका") == NONE  # someone else's
    assert _items("लेखिका को देखकर संस्था ने कवि को पुरस्कार दिया।", "लेखिका") == NONE  # another को: the honoured


def test_taking_aim_in_words_in_either_order_is_no_harm():
    assert _items("मंत्री ने विपक्ष पर साधा निशाना।", "मंत्री") == NONE
    assert _items("मंत्री ने विपक्ष पर निशाना साधा।", "मंत्री") == NONE
    assert _items("मंत्री ने विपक्ष पर साधा निशाना।", "विपक्ष") == NONE  # (who criticises whom: not read)
    assert _items("सेना ने चौकी को निशाना बनाया।", "सेना") == ((), ("does “निशाना”",), ())


def test_the_rescued_or_evacuated_are_victims():
    assert _items("बचावकर्मियों ने ग्रामीणों को सुरक्षित निकाला।", "ग्रामीणों") == ((), (), ("rescued “निकाला”",))
    assert _items("ग्रामीणों को बाढ़ से बचा लिया गया।", "ग्रामीणों") == ((), (), ("rescued “बचा”",))
    assert _items("ग्रामीणों को सुरक्षित नहीं निकाला गया।", "ग्रामीणों") == NONE
    assert _items("क्या ग्रामीणों को सुरक्षित निकाला गया?", "ग्रामीणों") == NONE
    assert _items("प्रशासन ग्रामीणों को निकालने की योजना बना रहा है।", "ग्रामीणों") == NONE  # only planned
    assert _items("बचावकर्मियों ने ग्रामीणों को सुरक्षित निकाला।", "बचावकर्मियों") == (("does “निकाला”",), (), ())


def test_strikes_in_a_place_or_a_region_entered_make_it_suffer():
    # (ml45) "X में हमले किए", as "X पर हमला"; entering, only after a kind of place ("X क्षेत्र में प्रवेश")
    assert _items("सेना ने रात में सीमावर्ती कस्बे में हमले किए।", "सीमावर्ती कस्बे") == ((), (), ("suffers “हमले”",))
    assert _items("टुकड़ियों ने कोरलिया क्षेत्र में प्रवेश किया।", "कोरलिया") == ((), (), ("suffers “प्रवेश”",))


def test_no_strike_in_a_place_when_planned_denied_or_joined():
    assert _items("सेना सीमावर्ती कस्बे में हमले नहीं करेगी।", "सीमावर्ती कस्बे") == NONE
    assert _items("सेना सीमावर्ती कस्बे में हमला कर सकती है।", "सीमावर्ती कस्बे") == NONE
    assert _items("देश ने गठबंधन में प्रवेश किया।", "गठबंधन") == NONE  # joining, no place entered
    # (mlfix45) "में हमले" with a doing verb right after it only: a body or a text the attack is discussed in suffers
    # nothing
    assert _items("सीमावर्ती कस्बे में हमले जारी हैं।", "सीमावर्ती कस्बे") == ((), (), ("suffers “हमले”",))
    for text in ("नदीपुर में हुए ताजा हमले में दो लोग मारे गए।", "नदीपुर में एक ड्रोन हमले में तीन लोग घायल हुए।"):
        assert _items(text, "नदीपुर") == ((), (), ("suffers “हमले”",)), text  # the attack in which people died
    assert _items("सेना ने नदीपुर क्षेत्र में कब्जा जमाया।", "नदीपुर") == ((), (), ("suffers “कब्जा”",))
    for text, name in (("संयुक्त राष्ट्र में हमले की निंदा की गई।", "संयुक्त राष्ट्र"), ("नाटो में हमले पर चर्चा हुई।", "नाटो"),
                       ("संसद में हमले के बाद बहस हुई।", "संसद"), ("रिपोर्ट में हमले का ज़िक्र है।", "रिपोर्ट")):
        assert _items(text, name) == NONE, text


def test_an_armed_groups_help_to_the_wounded_and_a_time_clause_read_past():
    # (mlfix46) an armed group's help only to people in need (``CAST_GROUP_RESCUED``), not what it delivers
    assert _items("सैनिकों ने घायलों को अस्पताल पहुंचाया।", "सैनिकों") == (("does “पहुंचाया”",), (), ())
    assert _items("सैनिकों ने हथियार पहुंचाए।", "सैनिकों") == NONE
    assert _items("सैनिकों ने लोगों को हथियार पहुंचाए।", "सैनिकों") == NONE  # "लोगों", anyone: armed, not rescued
    # (review46) arms to the wounded or civilians rescue no one; the one-letter nukta form reads as the two-letter one
    assert _items("सैनिकों ने नागरिकों को हथियार पहुंचाए।", "सैनिकों") == NONE
    assert _items("सैनिकों ने घायलों को हथियार पहुंचाए।", "सैनिकों") == NONE
    assert _items("सैनिकों ने पी\u095cितों को अस्पताल पहुंचाया।", "सैनिकों") == (("does “पहुंचाया”",), (), ())
    # (mlfix46) not past a time conjunction (``CAST_TIME_CONJUNCTIONS``) after the clause's first word; one right after
    # "ने" opens the subject's own clause
    assert _items("ग्रामीणों ने राहत की सांस ली जब पानी बांटा गया।", "ग्रामीणों") == NONE
    assert _items("लोग रो पड़े जब स्वयंसेवकों ने पानी बांटा।", "लोग") == NONE
    assert _items("लोग रो पड़े जब स्वयंसेवकों ने पानी बांटा।", "स्वयंसेवकों") == (("does “बांटा”",), (), ())
    assert _items("स्वयंसेवकों ने जब पानी बांटा तब लोग खुश हुए।", "स्वयंसेवकों") == (("does “बांटा”",), (), ())


def test_a_demonyms_own_harm_before_it():
    # (hivil46) a demonym right before a harm it owns, or one word between: "रूसी हमले", as "रूस के हमले"
    assert _items("सीमा के गांवों पर रूसी हमले तेज हो गए।", "रूसी") == ((), ("its “हमले”",), ())
    assert _items("ईरानी ड्रोन हमलों से बंदरगाह को नुकसान हुआ।", "ईरानी") == ((), ("its “हमलों”",), ())
    assert _items("शहर के लोग अमेरिकी आक्रमण से डरे हुए थे।", "अमेरिकी") == ((), ("its “आक्रमण”",), ())


def test_no_demonym_harm_when_it_is_the_target_a_place_or_denied():
    assert _items("रूसी ठिकानों पर हमले जारी रहे।", "रूसी") == NONE  # (the target: a postposition between)
    assert _items("कल की बैठक में नदीपुर हमले पर चर्चा हुई।", "नदीपुर") == NONE  # a place's name, not a demonym
    assert _items("सीमा पर कोई रूसी हमला नहीं हुआ।", "रूसी") == NONE
    assert _items("क्या सीमा पर रूसी हमले हुए?", "रूसी") == NONE
    assert _items("रूसी जवाबी हमले में चौकी नष्ट हुई।", "रूसी")[1] == ()  # a counter-attack is no villain's item


def test_a_charge_made_against_the_name():
    # (hivil46) "X पर … आरोप लगाया": X is accused
    assert _items("विपक्ष ने मंत्री पर घोटाले का आरोप लगाया।", "मंत्री") == ((), ("blamed “आरोप”",), ())
    assert _items("कंपनी पर कर चोरी करने के आरोप लगे हैं।", "कंपनी") == ((), ("blamed “आरोप”",), ())


def test_no_charge_when_denied_rejected_asked_or_made_by_the_name():
    assert _items("विपक्ष ने मंत्री पर घोटाले का आरोप लगाया।", "विपक्ष") == NONE  # the accuser
    assert _items("मंत्री पर कोई आरोप नहीं लगा।", "मंत्री") == NONE
    assert _items("क्या मंत्री पर घोटाले का आरोप लगाया गया?", "मंत्री") == NONE
    assert _items("मंत्री ने अपने ऊपर लगे आरोपों से इनकार किया।", "मंत्री") == NONE
    assert _items("कंपनी ने मंत्री पर लगे आरोपों को खारिज किया।", "मंत्री") == NONE
    assert _items("मंत्री पर भ्रष्टाचार के आरोप लगे जो बेबुनियाद निकले।", "मंत्री") == NONE  # (laid, then baseless)
    assert _items("मंत्री पर भ्रष्टाचार का आरोप लगाया गया जिसे अदालत ने निराधार बताया।", "मंत्री") == NONE
    assert _items("अगर मंत्री पर आरोप लगे तो जांच होगी।", "मंत्री") == NONE
    assert _items("मंत्री पर आरोप लगातार बढ़ते गए।", "मंत्री") == NONE  # ("लगातार", steadily: no charge laid)
    # the charge is against another, after the name's own clause
    assert _items("बंदरगाह पर हमले के बाद सेना पर आरोप लगे।", "बंदरगाह")[1] == ()


def test_a_violation_done_and_misdeeds_owned():
    # (hivil46) "X ने … का उल्लंघन किया", "X की काली करतूतें"
    assert _items("सेना ने युद्धविराम का उल्लंघन किया।", "सेना") == ((), ("does “उल्लंघन”",), ())
    assert _items("पत्रकार ने कंपनी की काली करतूतें उजागर कीं।", "कंपनी") == ((), ("its “करतूतें”",), ())
    assert _items("सेना ने युद्धविराम का उल्लंघन नहीं किया।", "सेना") == NONE
    assert _items("मंत्री ने उल्लंघन की जांच के आदेश दिए।", "मंत्री") == NONE  # a violation investigated, not done
    assert _items("सेना ने युद्धविराम के उल्लंघन का आरोप लगाया।", "सेना") == NONE  # the accuser


def test_sanctions_imposed_by_the_name():
    # (hivil47) the subject that lays sanctions on someone, with ने or without it
    assert _items("पड़ोसी देशों ने द्वीप राष्ट्र पर कड़े प्रतिबंध लगाए।", "पड़ोसी देशों") == ((), ("does “प्रतिबंध”",), ())
    assert _items("संघ दक्षिणी गणराज्य के खिलाफ नई पाबंदियां लगा रहा है।", "संघ") == ((), ("does “पाबंदियां”",), ())
    assert _items("अमेरिका समेत कुछ देशों ने द्वीप राष्ट्र पर प्रतिबंध लगा दिए।", "अमेरिका")[1] == ("does “प्रतिबंध”",)


def test_no_sanctions_item_for_the_target_or_sanctions_only_planned_denied_or_reported():
    assert _items("पड़ोसी देशों ने द्वीप राष्ट्र पर कड़े प्रतिबंध लगाए।", "द्वीप राष्ट्र") == NONE  # the target
    assert _items("संघ ने गणराज्य पर प्रतिबंध लगाने की तैयारी की।", "संघ") == NONE  # only planned
    assert _items("पड़ोसी देश द्वीप राष्ट्र पर प्रतिबंध लगा सकते हैं।", "पड़ोसी देश") == NONE  # only possible
    assert _items("संघ ने गणराज्य पर प्रतिबंध नहीं लगाए।", "संघ") == NONE
    assert _items("मंत्री ने कहा कि संघ ने गणराज्य पर प्रतिबंध लगाए।", "मंत्री") == NONE  # someone else's sanctions
    assert _items("संघ और गणराज्य पर प्रतिबंध लगाए गए।", "संघ") == NONE  # the first of the targets
    assert _items("संघ ने प्रतिबंध हटाने के बाद गणराज्य पर कर लगाए।", "संघ") == NONE  # sanctions lifted, no target


def test_a_charge_told_in_a_ki_clause_or_against_a_deed_of_the_name():
    # (hivil47) "Y ने आरोप लगाया कि X …": X is accused, as "X पर आरोप"; so is the genitive of the deed charged
    assert _items("अखबार ने आरोप लगाया कि कंपनी ने नदी में कचरा डाला।", "कंपनी") == ((), ("blamed “आरोप”",), ())
    assert _items("विपक्ष ने मंत्री की मिलीभगत के आरोप लगाए।", "मंत्री") == ((), ("blamed “आरोप”",), ())


def test_no_charge_item_for_a_target_a_denial_or_the_charges_maker():
    assert _items("अखबार ने आरोप लगाया कि कंपनी पर दबाव डाला गया।", "कंपनी") == NONE  # the target in that clause
    assert _items("मंत्री ने आरोपों को खारिज करते हुए कहा कि कंपनी ने नियम माने।", "कंपनी") == NONE
    assert _items("अखबार ने कहा कि कंपनी ने नदी में कचरा डाला।", "कंपनी") == NONE  # told, no charge
    assert _items("विपक्ष के आरोप लगाने के बाद जांच शुरू हुई।", "विपक्ष") == NONE  # the charge's maker
    assert _items("विपक्ष की ओर से आरोप लगाए गए।", "विपक्ष") == NONE


def test_held_responsible_for_a_harm():
    # (hivil47) "X को … जिम्मेदार ठहराया", "… के लिए X जिम्मेदार है"
    assert _items("सरकार ने ठेकेदार को पुल गिरने के लिए जिम्मेदार ठहराया।", "ठेकेदार") \
        == ((), ("blamed “जिम्मेदार”",), ())
    assert _items("जांच में पाया गया कि इस हादसे के लिए ठेकेदार जिम्मेदार है।", "ठेकेदार") \
        == ((), ("blamed “जिम्मेदार”",), ())


def test_no_responsibility_item_without_a_harm_denied_or_someone_elses():
    assert _items("ठेकेदार अपने परिवार का जिम्मेदार बेटा है।", "ठेकेदार") == NONE  # responsible, for no harm
    assert _items("इस हादसे के लिए ठेकेदार जिम्मेदार नहीं है।", "ठेकेदार") == NONE
    assert _items("ठेकेदार ने कहा कि इस हादसे के लिए सरकार जिम्मेदार है।", "ठेकेदार") == NONE  # the speaker
    assert _items("सरकार ने ठेकेदार को पुल गिरने के लिए जिम्मेदार ठहराया।", "सरकार") == NONE  # who holds responsible


def test_a_case_brought_against_the_name():
    # (hivil47) a warrant, a lawsuit, a case against X: its accused
    assert _items("अदालत ने व्यापारी के खिलाफ नया वारंट जारी किया।", "व्यापारी") == ((), ("blamed “वारंट”",), ())
    assert _items("व्यापारी पर धोखाधड़ी का मुकदमा चला।", "व्यापारी")[1] == ("blamed “मुकदमा”",)
    assert _items("पुलिस ने व्यापारी के खिलाफ केस दर्ज किया।", "व्यापारी") == ((), ("blamed “केस”",), ())


def test_no_case_item_for_who_brings_it_a_denial_or_an_action_of_war():
    assert _items("अदालत ने व्यापारी के खिलाफ नया वारंट जारी किया।", "अदालत") == NONE
    assert _items("अदालत ने व्यापारी के खिलाफ वारंट जारी नहीं किया।", "व्यापारी") == NONE
    assert _items("सेना ने विद्रोहियों के खिलाफ कार्रवाई शुरू की।", "विद्रोहियों")[1] == ()  # no case, an operation
    assert _items("व्यापारी पर केसरिया रंग चढ़ा।", "व्यापारी") == NONE  # ("केसरिया": saffron, no case)


def test_forced_to_endure_is_a_victims_item():
    # (hivil47) "X को … पर मजबूर होना पड़ा": the passive of necessity, in either nukta form
    assert _items("बाढ़ के बाद मछुआरों को गांव छोड़ने पर मजबूर होना पड़ा।", "मछुआरों") \
        == ((), (), ("suffers “मजबूर”",))
    assert _items("मछुआरों को गांव छोड़ने के लिए विवश होना प\u095cा।", "मछुआरों") == ((), (), ("suffers “विवश”",))


def test_no_forced_item_when_pressed_by_someone_denied_or_the_presser():
    assert _items("सरकार ने मछुआरों को गांव छोड़ने के लिए मजबूर किया।", "मछुआरों") == NONE  # pressed, no passive
    assert _items("मछुआरों को गांव छोड़ने के लिए मजबूर नहीं होना पड़ा।", "मछुआरों") == NONE
    assert _items("मंत्री ने कहा कि मछुआरों को गांव छोड़ने पर मजबूर होना पड़ा।", "मंत्री") == NONE  # the speaker


def test_a_harm_owned_before_a_negated_verb():
    # (hivil47) the harm X owns is told even when the clause's verb is negated further on
    assert _items("पड़ोसी के अचानक आक्रमण ने गठबंधन को कमजोर नहीं किया।", "पड़ोसी") == ((), ("its “आक्रमण”",), ())
    assert _items("रूसी हमलों से डरकर लोग शहर छोड़ने को तैयार नहीं हुए।", "रूसी") == ((), ("its “हमलों”",), ())


def test_no_owned_harm_when_the_harm_itself_is_denied():
    assert _items("पड़ोसी का कोई हमला नहीं हुआ।", "पड़ोसी") == NONE
    assert _items("पड़ोसी के हमले नहीं हुए।", "पड़ोसी") == NONE
    assert _items("रूसी हमले अब नहीं होंगे।", "रूसी") == NONE
    assert _items("पड़ोसी ने हमला नहीं किया और शांति बनी रही।", "पड़ोसी") == NONE  # a deed denied, no harm owned


def test_an_act_of_war_ordered_or_declared_on_someone():
    # (hivil47) "X ने Y पर हमले का आदेश दिया", "X ने Y के खिलाफ सैन्य अभियान का ऐलान किया"
    assert _items("सेनापति ने सीमा की चौकियों पर हमले का आदेश दिया।", "सेनापति") == ((), ("orders “हमले”",), ())
    assert _items("शासक ने पड़ोसी देश के खिलाफ सैन्य अभियान का ऐलान किया।", "शासक") == ((), ("orders “अभियान”",), ())


def test_no_order_item_for_other_announcements_the_target_or_a_denial():
    assert _items("सरकार ने किसानों को राहत देने का ऐलान किया।", "सरकार") == NONE  # no act of war
    assert _items("शासक ने सैन्य अभियान का ऐलान किया।", "शासक") == NONE  # (no one it is declared on)
    assert _items("सेनापति ने सीमा की चौकियों पर हमले का आदेश दिया।", "सीमा की चौकियों")[1] == ()  # the target
    assert _items("सेनापति ने चौकियों पर हमले का आदेश नहीं दिया।", "सेनापति") == NONE


def test_a_meeting_or_talks_the_subject_holds():
    # (hivil47b) "X ने Y से मुलाकात की", "X ने Y के साथ बैठक की थी", "X ने अपनी बातचीत में …"
    assert _items("मंत्री ने पड़ोसी देश के राजदूत से मुलाकात की।", "मंत्री") == (("meets “मुलाकात”",), (), ())
    assert _items("प्रधानमंत्री ने विपक्ष के नेताओं के साथ लंबी बैठक की थी।", "प्रधानमंत्री")[0] == ("meets “बैठक”",)
    assert _items("दूत ने अपनी बातचीत में नया प्रस्ताव रखा।", "दूत")[0] == ("meets “बातचीत”",)


def test_no_meeting_item_for_a_meeting_attended_talks_rejected_denied_or_the_partner():
    assert _items("राष्ट्रपति ने परिषद की बैठक में नई नीति रखी।", "राष्ट्रपति") == NONE  # someone else's meeting
    assert _items("मंत्री ने पड़ोसी के साथ वार्ता को खारिज कर दिया।", "मंत्री") == NONE  # talks rejected
    assert _items("मंत्री ने राजदूत से मुलाकात नहीं की।", "मंत्री") == NONE
    assert _items("मंत्री ने पड़ोसी देश के राजदूत से मुलाकात की।", "पड़ोसी देश के राजदूत") == NONE  # the partner


def test_a_mediator_or_peacemaker_is_a_heros_item():
    # (hivil47b) the subject, with ने or without it, or the name before को, as a mediator or a peacemaker
    assert _items("नॉर्वे दोनों पक्षों के बीच मध्यस्थ बनना चाहता है।", "नॉर्वे") == (("mediates “मध्यस्थ”",), (), ())
    assert _items("कई देश कतर को एक भरोसेमंद मध्यस्थ मानते हैं।", "कतर")[0] == ("mediates “मध्यस्थ”",)
    assert _items("स्विट्जरलैंड पीसमेकर की भूमिका निभाना चाहता है।", "स्विट्जरलैंड")[0] == ("mediates “पीसमेकर”",)


def test_no_mediator_item_for_someone_elses_mediation_a_wars_name_or_a_denial():
    assert _items("समझौता कतर की मध्यस्थता में हुआ।", "कतर") == NONE  # the genitive: mediation owned, read elsewhere
    assert _items("दोनों पक्षों ने नॉर्वे की मध्यस्थता में समझौता किया।", "दोनों पक्षों") == NONE  # someone else's
    assert _items("सीमा युद्ध के बीच तुर्की मध्यस्थ बना।", "सीमा")[0] == ()  # a war's name
    assert _items("नॉर्वे इस विवाद में मध्यस्थ नहीं बनेगा।", "नॉर्वे") == NONE


def test_a_visit_the_name_pays():
    # (hivil47b) "X की कीव यात्रा", "X के पेरिस दौरे", "X ने Y का दौरा किया"
    assert _items("विदेश मंत्री की बर्लिन यात्रा से रिश्ते सुधरे।", "विदेश मंत्री") == (("visits “यात्रा”",), (), ())
    assert _items("राष्ट्रपति के दक्षिण अफ्रीका दौरे पर चर्चा हुई।", "राष्ट्रपति")[0] == ("visits “दौरे”",)
    assert _items("प्रधानमंत्री ने बाढ़ वाले जिलों का दौरा किया।", "प्रधानमंत्री")[0] == ("visits “दौरा”",)
    assert _items("विदेश मंत्री तीन दिन की जापान यात्रा पर हैं।", "विदेश मंत्री")[0] == ("visits “यात्रा”",)


def test_no_visit_item_for_the_destination_a_plan_or_a_denial():
    assert _items("उसने जापान की यात्रा के बारे में लिखा।", "जापान") == NONE  # the trip may be to it
    assert _items("प्रधानमंत्री ने जिलों का दौरा करने की योजना बनाई।", "प्रधानमंत्री") == NONE  # only planned
    assert _items("राष्ट्रपति की बर्लिन यात्रा नहीं हुई।", "राष्ट्रपति") == NONE
    assert _items("मंत्री के बर्लिन में दौरे हुए।", "मंत्री") == NONE  # a postposition between: no destination named
    assert _items("खिलाड़ियों का दल जापान यात्रा पर निकला।", "जापान") == NONE  # the destination of a subject's visit


def test_a_part_played_in_ending_a_conflict_is_a_mediators_item():
    # (hivil47b) "X समाधान की भूमिका निभाना चाहता है", "समाधान में X भूमिका निभा सकता है"
    assert _items("विवाद के समाधान में ब्राज़ील भूमिका निभा सकता है।", "ब्राज़ील") == (("mediates “भूमिका”",), (), ())
    assert _items("नॉर्वे सीमा विवाद के समाधान की बड़ी भूमिका निभा रहा है।", "नॉर्वे")[0] == ("mediates “भूमिका”",)


def test_no_mediator_item_for_a_part_in_the_war_itself():
    assert _items("इस युद्ध में ब्राज़ील अहम भूमिका निभा रहा है।", "ब्राज़ील") == NONE  # no ending, no peace
    assert _items("विवाद के समाधान में ब्राज़ील भूमिका नहीं निभाएगा।", "ब्राज़ील") == NONE


def test_no_visit_item_for_anothers_visit_or_occupied_land():
    # (hifix47) the genitive of another before the visit; a visit to a place under occupation
    assert _items("चीन अमेरिकी स्पीकर की ताइवान यात्रा पर नाराज है।", "चीन") == NONE
    assert _items("पुतिन ने कब्जे वाले मारियुपोल का दौरा किया।", "पुतिन") == NONE
    assert _items("मंत्री ने अधिकृत इलाके का दौरा किया।", "मंत्री") == NONE


def test_no_mediator_item_for_the_object_a_rejection_or_a_part_in_attacks():
    # (hifix47) a ने-subject up to its को-object; mediation rejected; peace in the clause before, attacks in its own
    assert _items("रूस ने तुर्की को मध्यस्थ मानने से साफ इनकार किया।", "रूस") == NONE
    assert _items("रूस ने मध्यस्थता का प्रस्ताव ठुकरा दिया।", "रूस") == NONE
    assert _items("शांति वार्ता टूटने के बाद रूस ने हमलों में अहम भूमिका निभाई।", "रूस")[0] == ()


def test_no_forced_item_for_a_retreat():
    # (hifix47) a force driven back is no victim
    assert _items("रूसी सेना को खेरसॉन से पीछे हटने पर मजबूर होना पड़ा।", "रूसी सेना")[2] == ()
    assert _items("सैनिकों को चौकी से वापस लौटने पर मजबूर होना पड़ा।", "सैनिकों") == NONE


def test_no_order_item_for_an_order_refused_or_a_counter_attack():
    # (hifix47) an infinitive and a refusal after the order; a counter-attack ordered
    assert _items("सेनापति ने सीमा पर हमले का आदेश देने से इनकार किया।", "सेनापति") == NONE
    assert _items("यूक्रेन ने रूस पर जवाबी हमले का आदेश दिया।", "यूक्रेन")[1] == ()
    assert _items("सेनापति ने चौकियों पर जवाबी सैन्य कार्रवाई का आदेश दिया।", "सेनापति")[1] == ()


def test_no_sanction_item_for_a_cause_or_a_passive_without_ne():
    # (hifix47) without ने: a cause's clause before the target, sanctions imposed by no one named
    assert _items("यूक्रेन संकट के चलते रूस पर नए प्रतिबंध लगाए गए।", "यूक्रेन") == NONE
    assert _items("चीन ईरान पर प्रतिबंध लगाए जाने की निंदा करता है।", "चीन") == NONE


def test_no_charge_item_for_the_accusers_office_or_the_accused_peoples_country():
    # (hifix47) no deed between the genitive and the charge; the name's people the object in the "कि" clause
    assert _items("रूस के प्रवक्ता के आरोप लगाने के बाद जांच शुरू हुई।", "रूस") == NONE
    assert _items("मंत्री ने कल यह आरोप भी लगाया कि रूस के कई नागरिकों को बंधक बनाया गया।", "रूस") == NONE


def test_no_responsible_item_for_safety():
    # (hifix47) responsible for no harm
    assert _items("नागरिकों की सुरक्षा के लिए सेना जिम्मेदार है।", "सेना") == NONE


def test_no_prosecuted_item_for_a_case_over_a_harm_or_a_case_dismissed():
    # (hifix47) a harm done to the name before the case; the case dismissed
    assert _items("पत्रकार पर हमले का मुकदमा चला।", "पत्रकार")[1] == ()
    assert _items("अदालत ने व्यापारी के खिलाफ मुकदमा खारिज कर दिया।", "व्यापारी") == NONE
    assert _items("पुलिस ने व्यापारी के खिलाफ केस वापस ले लिया।", "व्यापारी") == NONE


def test_no_owned_harm_when_any_is_negated():
    # (hifix47) "कोई"/"किसी" between the harm and the negation: no harm told
    assert _items("रूस के हमले का कोई सबूत नहीं मिला।", "रूस") == NONE
    assert _items("रूसी हमले की कोई योजना अभी नहीं है।", "रूसी") == NONE


def test_a_meeting_held_by_a_light_verb_at_the_clauses_end():
    # (hifix47) the light verb last in the clause
    assert _items("मंत्री ने लंबी बैठक की।", "मंत्री") == (("meets “बैठक”",), (), ())


def test_a_visit_to_a_place_and_an_order_declared_with_kar():
    # (hifix47) the destination's genitive right before the visit; "का ऐलान कर दिया", a finite verb
    assert _items("विदेश मंत्री इस हफ्ते जापान की यात्रा पर जाएंगे।", "विदेश मंत्री")[0] == ("visits “यात्रा”",)
    assert _items("सेनापति ने चौकियों के खिलाफ सैन्य अभियान का ऐलान कर दिया।", "सेनापति")[1] == ("orders “अभियान”",)
