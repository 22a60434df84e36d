<#-- Shared by the Markdown and HTML reports: verdict symbols (a verdict is never shown by colour alone). -->
<#assign symbol = {
  "achieved": "✔",
  "on-track": "▲",
  "acceleration-needed": "►",
  "limited-progress": "▼",
  "deterioration": "✖",
  "not-achieved": "✖",
  "no-data": "○",
  "insufficient-data": "◌",
  "qualitative": "◇"
}>
<#assign roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]>
