"""Places that set goals: China's divisions and development zones (gazetteer) and finding them in text.

Qt-free and jieba-free: documents/ (an article's issuer) and extraction/ (a goal's body) share it.
"""

UNKNOWN_BODY = "未识别"  # the body of a goal when the text names none: never a default district
