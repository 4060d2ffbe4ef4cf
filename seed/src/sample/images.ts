import sharp from 'sharp'

/**
 * Generated pictures for the sample ("Dữ liệu mẫu"): soft abstract shapes in
 * the portal's colours, no text and no faces, so nobody mistakes them for
 * photographs of real people or events.
 */
export async function sampleImage(seed: number, width = 1600, height = 1000): Promise<Buffer> {
  const hue = (seed * 47) % 360
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = ((seed + 1) * (i + 3) * 173) % width
    const y = ((seed + 2) * (i + 5) * 97) % height
    const r = 80 + (((seed + i) * 61) % 220)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + i * 25) % 360},60%,${55 + (i % 3) * 10}%)" fill-opacity="0.55"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,60%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${circles}
    <rect x="${width * 0.1}" y="${height * 0.7}" width="${width * 0.8}" height="${height * 0.08}" rx="20" fill="#fff" fill-opacity="0.25"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
