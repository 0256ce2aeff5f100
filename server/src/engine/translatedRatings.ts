/**
 * A Status log's rating and a Met cell's answer in the languages of translatedStatusWords.ts
 * (`Rouge` is red, `Ja` is yes), which Handoff does not read either: each is reported with the
 * English word as its quick fix (values/words.ts, values/met.ts), offered, never applied.
 */
import { lookupKey } from './translatedStatusWords.js';
import type { Health } from './types.js';

/**
 * A Status log's RAG colours in those languages (not `Orange`, which English writes too, and
 * which is not a rating's word), by lookup key: the health each says.
 */
const RAG_SAID: ReadonlyMap<string, Health> = new Map(
  (
    [
      [
        'green',
        [
          'Vert',
          'Verte',
          'Verde',
          'Grün',
          'Gruen',
          'Groen',
          'Zielony',
          '녹색',
          '초록색',
          'Hijau',
          'Xanh',
          'Xanh lá',
          'Zeleno',
          'Zelena',
          'Zelen',
          '绿',
          '绿色',
          '綠',
          '綠色',
          'Yeşil',
          'เขียว',
          'สีเขียว',
        ],
      ],
      [
        'amber',
        [
          'Jaune',
          'Ámbar',
          'Amarillo',
          'Amarelo',
          'Âmbar',
          'Gelb',
          'Giallo',
          'Ambra',
          'Oranje',
          'Geel',
          'Żółty',
          'Bursztynowy',
          '황색',
          '노란색',
          'Kuning',
          'Vàng',
          'Žuto',
          'Žuta',
          'Žut',
          '黄',
          '黄色',
          '黃',
          '黃色',
          'Sarı',
          'เหลือง',
          'สีเหลือง',
        ],
      ],
      [
        'red',
        [
          'Rouge',
          'Rojo',
          'Vermelho',
          'Rot',
          'Rosso',
          'Rood',
          'Czerwony',
          '적색',
          '빨간색',
          'Merah',
          'Đỏ',
          'Crveno',
          'Crvena',
          'Crven',
          '红',
          '红色',
          '紅',
          '紅色',
          'Kırmızı',
          'แดง',
          'สีแดง',
        ],
      ],
    ] as const
  ).flatMap(([health, said]) => said.map((word) => [lookupKey(word), health] as const)),
);

/** The health a RAG colour written in another language says (`Rouge` is red). */
export function translatedHealth(text: string): Health | undefined {
  return text.length <= 20 ? RAG_SAID.get(lookupKey(text)) : undefined;
}

/**
 * A Met cell's answer in those languages (not `No`, which English writes too), by lookup key:
 * whether the criterion holds (`Sí` and `Sì` looked up without their accents, so `Si` is yes too).
 * Offered as the English word, never applied, as a status word is (values/met.ts).
 */
const MET_SAID: ReadonlyMap<string, 'yes' | 'no' | 'partial'> = new Map(
  (
    [
      [
        'yes',
        [
          'Oui',
          'Sí',
          'Sim',
          'Ja',
          'Sì',
          'Tak',
          'Erfüllt',
          'Atteint',
          'Rempli',
          'Cumplido',
          'Soddisfatto',
          'Ya',
          'Da',
          'Tercapai',
          'Evet',
          'Karşılandı',
          'Đạt',
          'Có',
          'ใช่',
          'ผ่าน',
        ],
      ],
      [
        'no',
        [
          'Non',
          'Não',
          'Nein',
          'Nee',
          'Nie',
          'Nicht erfüllt',
          'Non atteint',
          'No cumplido',
          'Tidak',
          'Ne',
          'Belum',
          'Belum tercapai',
          'Hayır',
          'Karşılanmadı',
          'Không đạt',
          'Chưa đạt',
          'Không',
          'ไม่ใช่',
          'ไม่ผ่าน',
        ],
      ],
      [
        'partial',
        [
          'Partiel',
          'Partiellement',
          'Parcial',
          'Parcialmente',
          'Teilweise',
          'Parziale',
          'Gedeeltelijk',
          'Częściowo',
          'Sebagian',
          'Kısmen',
          'Kısmi',
          'Đạt một phần',
          'Một phần',
          'Djelomično',
          'Djelomicno',
          'บางส่วน',
        ],
      ],
    ] as const
  ).flatMap(([met, said]) => said.map((word) => [lookupKey(word), met] as const)),
);

/** Whether a criterion holds, as a Met cell written in another language says it (`Ja` is yes). */
export function translatedMet(text: string): 'yes' | 'no' | 'partial' | undefined {
  return text.length <= 20 ? MET_SAID.get(lookupKey(text)) : undefined;
}
