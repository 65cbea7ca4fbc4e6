// A one-page SKTM-like DOCX, the LibreOffice peer of the app's letter: the
// same text, built by hand (document.xml zipped with fflate), no binary kept.
import { strToU8, zipSync } from 'fflate';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text, { bold = false, center = false, size = 22 } = {}) {
  const props = `<w:rPr>${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/></w:rPr>`;
  const align = center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  return `<w:p>${align}<w:r>${props}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

function row(cells) {
  return `<w:tr>${cells
    .map(
      (cell) =>
        `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraph(cell, { size: 20 })}</w:tc>`,
    )
    .join('')}</w:tr>`;
}

function table(rows) {
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${rows.map(row).join('')}</w:tbl>`;
}

/** The DOCX bytes of letter `index`. */
export function sktmDocx(index = 1) {
  const number = `400.9.2/${String(index).padStart(3, '0')}/KEL-PHD/XI/2026`;
  const body = [
    paragraph('PEMERINTAH KOTA PALANGKA RAYA', { bold: true, center: true, size: 28 }),
    paragraph('KECAMATAN PAHANDUT', { bold: true, center: true, size: 28 }),
    paragraph('KELURAHAN PAHANDUT', { bold: true, center: true, size: 32 }),
    paragraph('Jl. Kalimantan No. 1, Palangka Raya — Telp. (0536) 3221234', {
      center: true,
      size: 18,
    }),
    paragraph('SURAT KETERANGAN TIDAK MAMPU', { bold: true, center: true, size: 26 }),
    paragraph(`Nomor: ${number}`, { center: true }),
    paragraph(
      'Yang bertanda tangan di bawah ini, Lurah Pahandut, Kecamatan Pahandut, Kota Palangka Raya, menerangkan bahwa:',
    ),
    table([
      ['Nama', ': Siti Aminah'],
      ['NIK', ': 6271015203900001'],
      ['Tempat/Tgl. Lahir', ': Palangka Raya, 12 Maret 1990'],
      ['Jenis Kelamin', ': Perempuan'],
      ['Agama', ': Islam'],
      ['Pekerjaan', ': Mengurus Rumah Tangga'],
      ['Alamat', ': Jl. Rajawali No. 5, RT 003 RW 002, Kelurahan Pahandut'],
    ]),
    paragraph(
      'Berdasarkan Surat Pengantar Ketua RT/RW Nomor 12/RT.003/XI/2026 tanggal 25 November 2026, nama tersebut di atas benar penduduk Kelurahan Pahandut dan menurut sepengetahuan kami beserta keluarganya tergolong keluarga tidak mampu.',
    ),
    table([
      ['No', 'NIK', 'Nama', 'L/P', 'Tempat, Tgl. Lahir', 'Hubungan'],
      ['1', '6271011504150002', 'Budi Santoso', 'L', 'Palangka Raya, 15-04-2015', 'Anak'],
      ['2', '6271014708170003', 'Dewi Santoso', 'P', 'Palangka Raya, 07-08-2017', 'Anak'],
    ]),
    paragraph(
      'Surat keterangan ini dibuat untuk keperluan pendidikan/beasiswa dan berlaku sampai dengan tanggal 27 Desember 2026.',
    ),
    paragraph(
      'Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
    ),
    paragraph('Palangka Raya, 27 November 2026'),
    paragraph('LURAH PAHANDUT,', { bold: true }),
    paragraph(' '),
    paragraph(' '),
    paragraph('Drs. Ahmad Yani', { bold: true }),
    paragraph('Penata Tk. I (III/d)'),
    paragraph('NIP. 19780512 200312 1 004'),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}
