/** Whether a sentence is written in Vietnamese (has a letter only Vietnamese uses): what readers must see in every refusal. */
export const isVietnamese = (text: string) => /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(text.normalize('NFC'))
