// Slot for 设置 › 数据与备份 (issue 13): the data-safety feature ships it as a self-contained
// component; the settings page already places it between 数据文件夹 and 提示与引导.
export function BackupSection() {
  return null;
}
